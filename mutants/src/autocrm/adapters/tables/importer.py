"""Importing a DMS export into an archive: rows to validated records, refused rows reported.

Every row goes through the domain constructors; a row that cannot be read or
validated, or that refers to a customer, vehicle, work order or complaint that is
not in the import, is refused with its file, row number, field and problem.
``on_error="stop"`` writes nothing when any row is refused; ``on_error="skip"``
writes the rest. Writing is one transaction: a failure half-way leaves the
archive as it was.

Examples:
    >>> import os, tempfile
    >>> from datetime import datetime
    >>> from autocrm.adapters.memory import MemoryArchive
    >>> from autocrm.adapters.tables.mapping import mapping_from_toml
    >>> from autocrm.domain import CHINA_TZ, Customer
    >>> mapping = mapping_from_toml('''
    ... [customers]
    ... files = ["客户.csv"]
    ... columns = { number = "客户编号", name = "姓名", mobile = "手机" }
    ... ''')
    >>> archive = MemoryArchive()
    >>> with tempfile.TemporaryDirectory() as d:
    ...     path = os.path.join(d, "客户.csv")
    ...     _ = open(path, "w", encoding="gbk").write(
    ...         "客户编号,姓名,手机\\nKH001,王建国,13800138000\\nKH002,李娜,12345\\n")
    ...     result = import_tables([path], mapping, archive, on_error="skip",
    ...                            at=datetime(2026, 1, 5, 9, 0, tzinfo=CHINA_TZ))
    >>> dict(result.counts), result.skipped
    ({'customers': 1}, 1)
    >>> refused = result.refused[0]
    >>> refused.file, refused.row, refused.field, refused.column
    ('客户.csv', 3, 'mobile', '手机')
    >>> archive.get(Customer, "KH001").mobile
    '+8613800138000'
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from datetime import datetime
from pathlib import Path
from types import MappingProxyType
from typing import Any, Literal

import attrs

from autocrm.adapters.tables.cells import read_cell
from autocrm.adapters.tables.mapping import (
    FIELDS,
    TABLE_ORDER,
    ImportMapping,
    MappingError,
    TableMapping,
)
from autocrm.adapters.tables.readers import BATCH_ROWS, TableSource, open_table
from autocrm.domain import (
    Address,
    Appointment,
    CallAttempt,
    Complaint,
    Customer,
    FleetAccount,
    FollowUp,
    LineKind,
    OdometerReading,
    Vehicle,
    WorkOrder,
    WorkOrderLine,
)
from autocrm.domain.identifiers import vin as vin_id
from autocrm.domain.time import require_aware
from autocrm.errors import ArchiveNotEmpty, InvalidFormat, ValidationError, shown
from autocrm.ports import Repository

__all__ = ["ImportResult", "RefusedRow", "import_tables", "plan_import"]

OnError = Literal["stop", "skip"]
Progress = Callable[[int], None]


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict


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
mutants_x__frozen_counts__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__frozen_counts__mutmut)
def _frozen_counts(counts: Mapping[str, int]) -> Mapping[str, int]:
    return MappingProxyType(dict(counts))


def x__frozen_counts__mutmut_orig(counts: Mapping[str, int]) -> Mapping[str, int]:
    return MappingProxyType(dict(counts))


def x__frozen_counts__mutmut_1(counts: Mapping[str, int]) -> Mapping[str, int]:
    return MappingProxyType(None)


def x__frozen_counts__mutmut_2(counts: Mapping[str, int]) -> Mapping[str, int]:
    return MappingProxyType(dict(None))

mutants_x__frozen_counts__mutmut['_mutmut_orig'] = x__frozen_counts__mutmut_orig # type: ignore # mutmut generated
mutants_x__frozen_counts__mutmut['x__frozen_counts__mutmut_1'] = x__frozen_counts__mutmut_1 # type: ignore # mutmut generated
mutants_x__frozen_counts__mutmut['x__frozen_counts__mutmut_2'] = x__frozen_counts__mutmut_2 # type: ignore # mutmut generated


_REPORT_HEADER = ("file", "row", "table", "field", "column", "value", "problem")
mutants_xǁImportResultǁsummary__mutmut: MutantDict = {}  # type: ignore
mutants_xǁImportResultǁwrite_report__mutmut: MutantDict = {}  # type: ignore


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

    @_mutmut_mutated(mutants_xǁImportResultǁsummary__mutmut)
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

    def xǁImportResultǁsummary__mutmut_orig(self) -> str:
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

    def xǁImportResultǁsummary__mutmut_1(self) -> str:
        """One line saying what was imported, skipped or refused."""
        parts = None
        if self.written:
            line = f"{parts} imported from {self.rows} rows"
            if self.refused:
                noun = "row" if len(self.refused) == 1 else "rows"
                line += f"; {len(self.refused)} refused {noun} skipped"
            return line
        noun = "row" if len(self.refused) == 1 else "rows"
        return f"nothing written: {len(self.refused)} of {self.rows} {noun} refused"

    def xǁImportResultǁsummary__mutmut_2(self) -> str:
        """One line saying what was imported, skipped or refused."""
        parts = ", ".join(f"{n} {table}" for table, n in self.counts.items() if n) and "nothing"
        if self.written:
            line = f"{parts} imported from {self.rows} rows"
            if self.refused:
                noun = "row" if len(self.refused) == 1 else "rows"
                line += f"; {len(self.refused)} refused {noun} skipped"
            return line
        noun = "row" if len(self.refused) == 1 else "rows"
        return f"nothing written: {len(self.refused)} of {self.rows} {noun} refused"

    def xǁImportResultǁsummary__mutmut_3(self) -> str:
        """One line saying what was imported, skipped or refused."""
        parts = ", ".join(None) or "nothing"
        if self.written:
            line = f"{parts} imported from {self.rows} rows"
            if self.refused:
                noun = "row" if len(self.refused) == 1 else "rows"
                line += f"; {len(self.refused)} refused {noun} skipped"
            return line
        noun = "row" if len(self.refused) == 1 else "rows"
        return f"nothing written: {len(self.refused)} of {self.rows} {noun} refused"

    def xǁImportResultǁsummary__mutmut_4(self) -> str:
        """One line saying what was imported, skipped or refused."""
        parts = "XX, XX".join(f"{n} {table}" for table, n in self.counts.items() if n) or "nothing"
        if self.written:
            line = f"{parts} imported from {self.rows} rows"
            if self.refused:
                noun = "row" if len(self.refused) == 1 else "rows"
                line += f"; {len(self.refused)} refused {noun} skipped"
            return line
        noun = "row" if len(self.refused) == 1 else "rows"
        return f"nothing written: {len(self.refused)} of {self.rows} {noun} refused"

    def xǁImportResultǁsummary__mutmut_5(self) -> str:
        """One line saying what was imported, skipped or refused."""
        parts = ", ".join(f"{n} {table}" for table, n in self.counts.items() if n) or "XXnothingXX"
        if self.written:
            line = f"{parts} imported from {self.rows} rows"
            if self.refused:
                noun = "row" if len(self.refused) == 1 else "rows"
                line += f"; {len(self.refused)} refused {noun} skipped"
            return line
        noun = "row" if len(self.refused) == 1 else "rows"
        return f"nothing written: {len(self.refused)} of {self.rows} {noun} refused"

    def xǁImportResultǁsummary__mutmut_6(self) -> str:
        """One line saying what was imported, skipped or refused."""
        parts = ", ".join(f"{n} {table}" for table, n in self.counts.items() if n) or "NOTHING"
        if self.written:
            line = f"{parts} imported from {self.rows} rows"
            if self.refused:
                noun = "row" if len(self.refused) == 1 else "rows"
                line += f"; {len(self.refused)} refused {noun} skipped"
            return line
        noun = "row" if len(self.refused) == 1 else "rows"
        return f"nothing written: {len(self.refused)} of {self.rows} {noun} refused"

    def xǁImportResultǁsummary__mutmut_7(self) -> str:
        """One line saying what was imported, skipped or refused."""
        parts = ", ".join(f"{n} {table}" for table, n in self.counts.items() if n) or "nothing"
        if self.written:
            line = None
            if self.refused:
                noun = "row" if len(self.refused) == 1 else "rows"
                line += f"; {len(self.refused)} refused {noun} skipped"
            return line
        noun = "row" if len(self.refused) == 1 else "rows"
        return f"nothing written: {len(self.refused)} of {self.rows} {noun} refused"

    def xǁImportResultǁsummary__mutmut_8(self) -> str:
        """One line saying what was imported, skipped or refused."""
        parts = ", ".join(f"{n} {table}" for table, n in self.counts.items() if n) or "nothing"
        if self.written:
            line = f"{parts} imported from {self.rows} rows"
            if self.refused:
                noun = None
                line += f"; {len(self.refused)} refused {noun} skipped"
            return line
        noun = "row" if len(self.refused) == 1 else "rows"
        return f"nothing written: {len(self.refused)} of {self.rows} {noun} refused"

    def xǁImportResultǁsummary__mutmut_9(self) -> str:
        """One line saying what was imported, skipped or refused."""
        parts = ", ".join(f"{n} {table}" for table, n in self.counts.items() if n) or "nothing"
        if self.written:
            line = f"{parts} imported from {self.rows} rows"
            if self.refused:
                noun = "row" if (len(self.refused) == 1) and False else "rows"
                line += f"; {len(self.refused)} refused {noun} skipped"
            return line
        noun = "row" if len(self.refused) == 1 else "rows"
        return f"nothing written: {len(self.refused)} of {self.rows} {noun} refused"

    def xǁImportResultǁsummary__mutmut_10(self) -> str:
        """One line saying what was imported, skipped or refused."""
        parts = ", ".join(f"{n} {table}" for table, n in self.counts.items() if n) or "nothing"
        if self.written:
            line = f"{parts} imported from {self.rows} rows"
            if self.refused:
                noun = "row" if (len(self.refused) == 1) or True else "rows"
                line += f"; {len(self.refused)} refused {noun} skipped"
            return line
        noun = "row" if len(self.refused) == 1 else "rows"
        return f"nothing written: {len(self.refused)} of {self.rows} {noun} refused"

    def xǁImportResultǁsummary__mutmut_11(self) -> str:
        """One line saying what was imported, skipped or refused."""
        parts = ", ".join(f"{n} {table}" for table, n in self.counts.items() if n) or "nothing"
        if self.written:
            line = f"{parts} imported from {self.rows} rows"
            if self.refused:
                noun = "XXrowXX" if len(self.refused) == 1 else "rows"
                line += f"; {len(self.refused)} refused {noun} skipped"
            return line
        noun = "row" if len(self.refused) == 1 else "rows"
        return f"nothing written: {len(self.refused)} of {self.rows} {noun} refused"

    def xǁImportResultǁsummary__mutmut_12(self) -> str:
        """One line saying what was imported, skipped or refused."""
        parts = ", ".join(f"{n} {table}" for table, n in self.counts.items() if n) or "nothing"
        if self.written:
            line = f"{parts} imported from {self.rows} rows"
            if self.refused:
                noun = "ROW" if len(self.refused) == 1 else "rows"
                line += f"; {len(self.refused)} refused {noun} skipped"
            return line
        noun = "row" if len(self.refused) == 1 else "rows"
        return f"nothing written: {len(self.refused)} of {self.rows} {noun} refused"

    def xǁImportResultǁsummary__mutmut_13(self) -> str:
        """One line saying what was imported, skipped or refused."""
        parts = ", ".join(f"{n} {table}" for table, n in self.counts.items() if n) or "nothing"
        if self.written:
            line = f"{parts} imported from {self.rows} rows"
            if self.refused:
                noun = "row" if len(self.refused) != 1 else "rows"
                line += f"; {len(self.refused)} refused {noun} skipped"
            return line
        noun = "row" if len(self.refused) == 1 else "rows"
        return f"nothing written: {len(self.refused)} of {self.rows} {noun} refused"

    def xǁImportResultǁsummary__mutmut_14(self) -> str:
        """One line saying what was imported, skipped or refused."""
        parts = ", ".join(f"{n} {table}" for table, n in self.counts.items() if n) or "nothing"
        if self.written:
            line = f"{parts} imported from {self.rows} rows"
            if self.refused:
                noun = "row" if len(self.refused) == 2 else "rows"
                line += f"; {len(self.refused)} refused {noun} skipped"
            return line
        noun = "row" if len(self.refused) == 1 else "rows"
        return f"nothing written: {len(self.refused)} of {self.rows} {noun} refused"

    def xǁImportResultǁsummary__mutmut_15(self) -> str:
        """One line saying what was imported, skipped or refused."""
        parts = ", ".join(f"{n} {table}" for table, n in self.counts.items() if n) or "nothing"
        if self.written:
            line = f"{parts} imported from {self.rows} rows"
            if self.refused:
                noun = "row" if len(self.refused) == 1 else "XXrowsXX"
                line += f"; {len(self.refused)} refused {noun} skipped"
            return line
        noun = "row" if len(self.refused) == 1 else "rows"
        return f"nothing written: {len(self.refused)} of {self.rows} {noun} refused"

    def xǁImportResultǁsummary__mutmut_16(self) -> str:
        """One line saying what was imported, skipped or refused."""
        parts = ", ".join(f"{n} {table}" for table, n in self.counts.items() if n) or "nothing"
        if self.written:
            line = f"{parts} imported from {self.rows} rows"
            if self.refused:
                noun = "row" if len(self.refused) == 1 else "ROWS"
                line += f"; {len(self.refused)} refused {noun} skipped"
            return line
        noun = "row" if len(self.refused) == 1 else "rows"
        return f"nothing written: {len(self.refused)} of {self.rows} {noun} refused"

    def xǁImportResultǁsummary__mutmut_17(self) -> str:
        """One line saying what was imported, skipped or refused."""
        parts = ", ".join(f"{n} {table}" for table, n in self.counts.items() if n) or "nothing"
        if self.written:
            line = f"{parts} imported from {self.rows} rows"
            if self.refused:
                noun = "row" if len(self.refused) == 1 else "rows"
                line = f"; {len(self.refused)} refused {noun} skipped"
            return line
        noun = "row" if len(self.refused) == 1 else "rows"
        return f"nothing written: {len(self.refused)} of {self.rows} {noun} refused"

    def xǁImportResultǁsummary__mutmut_18(self) -> str:
        """One line saying what was imported, skipped or refused."""
        parts = ", ".join(f"{n} {table}" for table, n in self.counts.items() if n) or "nothing"
        if self.written:
            line = f"{parts} imported from {self.rows} rows"
            if self.refused:
                noun = "row" if len(self.refused) == 1 else "rows"
                line -= f"; {len(self.refused)} refused {noun} skipped"
            return line
        noun = "row" if len(self.refused) == 1 else "rows"
        return f"nothing written: {len(self.refused)} of {self.rows} {noun} refused"

    def xǁImportResultǁsummary__mutmut_19(self) -> str:
        """One line saying what was imported, skipped or refused."""
        parts = ", ".join(f"{n} {table}" for table, n in self.counts.items() if n) or "nothing"
        if self.written:
            line = f"{parts} imported from {self.rows} rows"
            if self.refused:
                noun = "row" if len(self.refused) == 1 else "rows"
                line += f"; {len(self.refused)} refused {noun} skipped"
            return line
        noun = None
        return f"nothing written: {len(self.refused)} of {self.rows} {noun} refused"

    def xǁImportResultǁsummary__mutmut_20(self) -> str:
        """One line saying what was imported, skipped or refused."""
        parts = ", ".join(f"{n} {table}" for table, n in self.counts.items() if n) or "nothing"
        if self.written:
            line = f"{parts} imported from {self.rows} rows"
            if self.refused:
                noun = "row" if len(self.refused) == 1 else "rows"
                line += f"; {len(self.refused)} refused {noun} skipped"
            return line
        noun = "row" if (len(self.refused) == 1) and False else "rows"
        return f"nothing written: {len(self.refused)} of {self.rows} {noun} refused"

    def xǁImportResultǁsummary__mutmut_21(self) -> str:
        """One line saying what was imported, skipped or refused."""
        parts = ", ".join(f"{n} {table}" for table, n in self.counts.items() if n) or "nothing"
        if self.written:
            line = f"{parts} imported from {self.rows} rows"
            if self.refused:
                noun = "row" if len(self.refused) == 1 else "rows"
                line += f"; {len(self.refused)} refused {noun} skipped"
            return line
        noun = "row" if (len(self.refused) == 1) or True else "rows"
        return f"nothing written: {len(self.refused)} of {self.rows} {noun} refused"

    def xǁImportResultǁsummary__mutmut_22(self) -> str:
        """One line saying what was imported, skipped or refused."""
        parts = ", ".join(f"{n} {table}" for table, n in self.counts.items() if n) or "nothing"
        if self.written:
            line = f"{parts} imported from {self.rows} rows"
            if self.refused:
                noun = "row" if len(self.refused) == 1 else "rows"
                line += f"; {len(self.refused)} refused {noun} skipped"
            return line
        noun = "XXrowXX" if len(self.refused) == 1 else "rows"
        return f"nothing written: {len(self.refused)} of {self.rows} {noun} refused"

    def xǁImportResultǁsummary__mutmut_23(self) -> str:
        """One line saying what was imported, skipped or refused."""
        parts = ", ".join(f"{n} {table}" for table, n in self.counts.items() if n) or "nothing"
        if self.written:
            line = f"{parts} imported from {self.rows} rows"
            if self.refused:
                noun = "row" if len(self.refused) == 1 else "rows"
                line += f"; {len(self.refused)} refused {noun} skipped"
            return line
        noun = "ROW" if len(self.refused) == 1 else "rows"
        return f"nothing written: {len(self.refused)} of {self.rows} {noun} refused"

    def xǁImportResultǁsummary__mutmut_24(self) -> str:
        """One line saying what was imported, skipped or refused."""
        parts = ", ".join(f"{n} {table}" for table, n in self.counts.items() if n) or "nothing"
        if self.written:
            line = f"{parts} imported from {self.rows} rows"
            if self.refused:
                noun = "row" if len(self.refused) == 1 else "rows"
                line += f"; {len(self.refused)} refused {noun} skipped"
            return line
        noun = "row" if len(self.refused) != 1 else "rows"
        return f"nothing written: {len(self.refused)} of {self.rows} {noun} refused"

    def xǁImportResultǁsummary__mutmut_25(self) -> str:
        """One line saying what was imported, skipped or refused."""
        parts = ", ".join(f"{n} {table}" for table, n in self.counts.items() if n) or "nothing"
        if self.written:
            line = f"{parts} imported from {self.rows} rows"
            if self.refused:
                noun = "row" if len(self.refused) == 1 else "rows"
                line += f"; {len(self.refused)} refused {noun} skipped"
            return line
        noun = "row" if len(self.refused) == 2 else "rows"
        return f"nothing written: {len(self.refused)} of {self.rows} {noun} refused"

    def xǁImportResultǁsummary__mutmut_26(self) -> str:
        """One line saying what was imported, skipped or refused."""
        parts = ", ".join(f"{n} {table}" for table, n in self.counts.items() if n) or "nothing"
        if self.written:
            line = f"{parts} imported from {self.rows} rows"
            if self.refused:
                noun = "row" if len(self.refused) == 1 else "rows"
                line += f"; {len(self.refused)} refused {noun} skipped"
            return line
        noun = "row" if len(self.refused) == 1 else "XXrowsXX"
        return f"nothing written: {len(self.refused)} of {self.rows} {noun} refused"

    def xǁImportResultǁsummary__mutmut_27(self) -> str:
        """One line saying what was imported, skipped or refused."""
        parts = ", ".join(f"{n} {table}" for table, n in self.counts.items() if n) or "nothing"
        if self.written:
            line = f"{parts} imported from {self.rows} rows"
            if self.refused:
                noun = "row" if len(self.refused) == 1 else "rows"
                line += f"; {len(self.refused)} refused {noun} skipped"
            return line
        noun = "row" if len(self.refused) == 1 else "ROWS"
        return f"nothing written: {len(self.refused)} of {self.rows} {noun} refused"

    @_mutmut_mutated(mutants_xǁImportResultǁwrite_report__mutmut)
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

    def xǁImportResultǁwrite_report__mutmut_orig(self, path: str | Path) -> None:
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

    def xǁImportResultǁwrite_report__mutmut_1(self, path: str | Path) -> None:
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
        with open(None, "w", encoding="utf-8-sig", newline="") as handle:
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

    def xǁImportResultǁwrite_report__mutmut_2(self, path: str | Path) -> None:
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
        with open(path, None, encoding="utf-8-sig", newline="") as handle:
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

    def xǁImportResultǁwrite_report__mutmut_3(self, path: str | Path) -> None:
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
        with open(path, "w", encoding=None, newline="") as handle:
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

    def xǁImportResultǁwrite_report__mutmut_4(self, path: str | Path) -> None:
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
        with open(path, "w", encoding="utf-8-sig", newline=None) as handle:
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

    def xǁImportResultǁwrite_report__mutmut_5(self, path: str | Path) -> None:
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
        with open("w", encoding="utf-8-sig", newline="") as handle:
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

    def xǁImportResultǁwrite_report__mutmut_6(self, path: str | Path) -> None:
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
        with open(path, encoding="utf-8-sig", newline="") as handle:
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

    def xǁImportResultǁwrite_report__mutmut_7(self, path: str | Path) -> None:
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
        with open(path, "w", newline="") as handle:
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

    def xǁImportResultǁwrite_report__mutmut_8(self, path: str | Path) -> None:
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
        with open(path, "w", encoding="utf-8-sig", ) as handle:
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

    def xǁImportResultǁwrite_report__mutmut_9(self, path: str | Path) -> None:
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
        with open(path, "XXwXX", encoding="utf-8-sig", newline="") as handle:
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

    def xǁImportResultǁwrite_report__mutmut_10(self, path: str | Path) -> None:
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
        with open(path, "W", encoding="utf-8-sig", newline="") as handle:
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

    def xǁImportResultǁwrite_report__mutmut_11(self, path: str | Path) -> None:
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
        with open(path, "w", encoding="XXutf-8-sigXX", newline="") as handle:
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

    def xǁImportResultǁwrite_report__mutmut_12(self, path: str | Path) -> None:
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
        with open(path, "w", encoding="UTF-8-SIG", newline="") as handle:
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

    def xǁImportResultǁwrite_report__mutmut_13(self, path: str | Path) -> None:
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
        with open(path, "w", encoding="utf-8-sig", newline="XXXX") as handle:
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

    def xǁImportResultǁwrite_report__mutmut_14(self, path: str | Path) -> None:
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
            writer = None
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

    def xǁImportResultǁwrite_report__mutmut_15(self, path: str | Path) -> None:
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
            writer = csv.writer(None)
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

    def xǁImportResultǁwrite_report__mutmut_16(self, path: str | Path) -> None:
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
            writer.writerow(None)
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

    def xǁImportResultǁwrite_report__mutmut_17(self, path: str | Path) -> None:
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
                    None
                )

    def xǁImportResultǁwrite_report__mutmut_18(self, path: str | Path) -> None:
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
                        refused.column and "",
                        refused.value,
                        refused.problem,
                    )
                )

    def xǁImportResultǁwrite_report__mutmut_19(self, path: str | Path) -> None:
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
                        refused.column or "XXXX",
                        refused.value,
                        refused.problem,
                    )
                )

mutants_xǁImportResultǁsummary__mutmut['_mutmut_orig'] = ImportResult.xǁImportResultǁsummary__mutmut_orig # type: ignore # mutmut generated
mutants_xǁImportResultǁsummary__mutmut['xǁImportResultǁsummary__mutmut_1'] = ImportResult.xǁImportResultǁsummary__mutmut_1 # type: ignore # mutmut generated
mutants_xǁImportResultǁsummary__mutmut['xǁImportResultǁsummary__mutmut_2'] = ImportResult.xǁImportResultǁsummary__mutmut_2 # type: ignore # mutmut generated
mutants_xǁImportResultǁsummary__mutmut['xǁImportResultǁsummary__mutmut_3'] = ImportResult.xǁImportResultǁsummary__mutmut_3 # type: ignore # mutmut generated
mutants_xǁImportResultǁsummary__mutmut['xǁImportResultǁsummary__mutmut_4'] = ImportResult.xǁImportResultǁsummary__mutmut_4 # type: ignore # mutmut generated
mutants_xǁImportResultǁsummary__mutmut['xǁImportResultǁsummary__mutmut_5'] = ImportResult.xǁImportResultǁsummary__mutmut_5 # type: ignore # mutmut generated
mutants_xǁImportResultǁsummary__mutmut['xǁImportResultǁsummary__mutmut_6'] = ImportResult.xǁImportResultǁsummary__mutmut_6 # type: ignore # mutmut generated
mutants_xǁImportResultǁsummary__mutmut['xǁImportResultǁsummary__mutmut_7'] = ImportResult.xǁImportResultǁsummary__mutmut_7 # type: ignore # mutmut generated
mutants_xǁImportResultǁsummary__mutmut['xǁImportResultǁsummary__mutmut_8'] = ImportResult.xǁImportResultǁsummary__mutmut_8 # type: ignore # mutmut generated
mutants_xǁImportResultǁsummary__mutmut['xǁImportResultǁsummary__mutmut_9'] = ImportResult.xǁImportResultǁsummary__mutmut_9 # type: ignore # mutmut generated
mutants_xǁImportResultǁsummary__mutmut['xǁImportResultǁsummary__mutmut_10'] = ImportResult.xǁImportResultǁsummary__mutmut_10 # type: ignore # mutmut generated
mutants_xǁImportResultǁsummary__mutmut['xǁImportResultǁsummary__mutmut_11'] = ImportResult.xǁImportResultǁsummary__mutmut_11 # type: ignore # mutmut generated
mutants_xǁImportResultǁsummary__mutmut['xǁImportResultǁsummary__mutmut_12'] = ImportResult.xǁImportResultǁsummary__mutmut_12 # type: ignore # mutmut generated
mutants_xǁImportResultǁsummary__mutmut['xǁImportResultǁsummary__mutmut_13'] = ImportResult.xǁImportResultǁsummary__mutmut_13 # type: ignore # mutmut generated
mutants_xǁImportResultǁsummary__mutmut['xǁImportResultǁsummary__mutmut_14'] = ImportResult.xǁImportResultǁsummary__mutmut_14 # type: ignore # mutmut generated
mutants_xǁImportResultǁsummary__mutmut['xǁImportResultǁsummary__mutmut_15'] = ImportResult.xǁImportResultǁsummary__mutmut_15 # type: ignore # mutmut generated
mutants_xǁImportResultǁsummary__mutmut['xǁImportResultǁsummary__mutmut_16'] = ImportResult.xǁImportResultǁsummary__mutmut_16 # type: ignore # mutmut generated
mutants_xǁImportResultǁsummary__mutmut['xǁImportResultǁsummary__mutmut_17'] = ImportResult.xǁImportResultǁsummary__mutmut_17 # type: ignore # mutmut generated
mutants_xǁImportResultǁsummary__mutmut['xǁImportResultǁsummary__mutmut_18'] = ImportResult.xǁImportResultǁsummary__mutmut_18 # type: ignore # mutmut generated
mutants_xǁImportResultǁsummary__mutmut['xǁImportResultǁsummary__mutmut_19'] = ImportResult.xǁImportResultǁsummary__mutmut_19 # type: ignore # mutmut generated
mutants_xǁImportResultǁsummary__mutmut['xǁImportResultǁsummary__mutmut_20'] = ImportResult.xǁImportResultǁsummary__mutmut_20 # type: ignore # mutmut generated
mutants_xǁImportResultǁsummary__mutmut['xǁImportResultǁsummary__mutmut_21'] = ImportResult.xǁImportResultǁsummary__mutmut_21 # type: ignore # mutmut generated
mutants_xǁImportResultǁsummary__mutmut['xǁImportResultǁsummary__mutmut_22'] = ImportResult.xǁImportResultǁsummary__mutmut_22 # type: ignore # mutmut generated
mutants_xǁImportResultǁsummary__mutmut['xǁImportResultǁsummary__mutmut_23'] = ImportResult.xǁImportResultǁsummary__mutmut_23 # type: ignore # mutmut generated
mutants_xǁImportResultǁsummary__mutmut['xǁImportResultǁsummary__mutmut_24'] = ImportResult.xǁImportResultǁsummary__mutmut_24 # type: ignore # mutmut generated
mutants_xǁImportResultǁsummary__mutmut['xǁImportResultǁsummary__mutmut_25'] = ImportResult.xǁImportResultǁsummary__mutmut_25 # type: ignore # mutmut generated
mutants_xǁImportResultǁsummary__mutmut['xǁImportResultǁsummary__mutmut_26'] = ImportResult.xǁImportResultǁsummary__mutmut_26 # type: ignore # mutmut generated
mutants_xǁImportResultǁsummary__mutmut['xǁImportResultǁsummary__mutmut_27'] = ImportResult.xǁImportResultǁsummary__mutmut_27 # type: ignore # mutmut generated

mutants_xǁImportResultǁwrite_report__mutmut['_mutmut_orig'] = ImportResult.xǁImportResultǁwrite_report__mutmut_orig # type: ignore # mutmut generated
mutants_xǁImportResultǁwrite_report__mutmut['xǁImportResultǁwrite_report__mutmut_1'] = ImportResult.xǁImportResultǁwrite_report__mutmut_1 # type: ignore # mutmut generated
mutants_xǁImportResultǁwrite_report__mutmut['xǁImportResultǁwrite_report__mutmut_2'] = ImportResult.xǁImportResultǁwrite_report__mutmut_2 # type: ignore # mutmut generated
mutants_xǁImportResultǁwrite_report__mutmut['xǁImportResultǁwrite_report__mutmut_3'] = ImportResult.xǁImportResultǁwrite_report__mutmut_3 # type: ignore # mutmut generated
mutants_xǁImportResultǁwrite_report__mutmut['xǁImportResultǁwrite_report__mutmut_4'] = ImportResult.xǁImportResultǁwrite_report__mutmut_4 # type: ignore # mutmut generated
mutants_xǁImportResultǁwrite_report__mutmut['xǁImportResultǁwrite_report__mutmut_5'] = ImportResult.xǁImportResultǁwrite_report__mutmut_5 # type: ignore # mutmut generated
mutants_xǁImportResultǁwrite_report__mutmut['xǁImportResultǁwrite_report__mutmut_6'] = ImportResult.xǁImportResultǁwrite_report__mutmut_6 # type: ignore # mutmut generated
mutants_xǁImportResultǁwrite_report__mutmut['xǁImportResultǁwrite_report__mutmut_7'] = ImportResult.xǁImportResultǁwrite_report__mutmut_7 # type: ignore # mutmut generated
mutants_xǁImportResultǁwrite_report__mutmut['xǁImportResultǁwrite_report__mutmut_8'] = ImportResult.xǁImportResultǁwrite_report__mutmut_8 # type: ignore # mutmut generated
mutants_xǁImportResultǁwrite_report__mutmut['xǁImportResultǁwrite_report__mutmut_9'] = ImportResult.xǁImportResultǁwrite_report__mutmut_9 # type: ignore # mutmut generated
mutants_xǁImportResultǁwrite_report__mutmut['xǁImportResultǁwrite_report__mutmut_10'] = ImportResult.xǁImportResultǁwrite_report__mutmut_10 # type: ignore # mutmut generated
mutants_xǁImportResultǁwrite_report__mutmut['xǁImportResultǁwrite_report__mutmut_11'] = ImportResult.xǁImportResultǁwrite_report__mutmut_11 # type: ignore # mutmut generated
mutants_xǁImportResultǁwrite_report__mutmut['xǁImportResultǁwrite_report__mutmut_12'] = ImportResult.xǁImportResultǁwrite_report__mutmut_12 # type: ignore # mutmut generated
mutants_xǁImportResultǁwrite_report__mutmut['xǁImportResultǁwrite_report__mutmut_13'] = ImportResult.xǁImportResultǁwrite_report__mutmut_13 # type: ignore # mutmut generated
mutants_xǁImportResultǁwrite_report__mutmut['xǁImportResultǁwrite_report__mutmut_14'] = ImportResult.xǁImportResultǁwrite_report__mutmut_14 # type: ignore # mutmut generated
mutants_xǁImportResultǁwrite_report__mutmut['xǁImportResultǁwrite_report__mutmut_15'] = ImportResult.xǁImportResultǁwrite_report__mutmut_15 # type: ignore # mutmut generated
mutants_xǁImportResultǁwrite_report__mutmut['xǁImportResultǁwrite_report__mutmut_16'] = ImportResult.xǁImportResultǁwrite_report__mutmut_16 # type: ignore # mutmut generated
mutants_xǁImportResultǁwrite_report__mutmut['xǁImportResultǁwrite_report__mutmut_17'] = ImportResult.xǁImportResultǁwrite_report__mutmut_17 # type: ignore # mutmut generated
mutants_xǁImportResultǁwrite_report__mutmut['xǁImportResultǁwrite_report__mutmut_18'] = ImportResult.xǁImportResultǁwrite_report__mutmut_18 # type: ignore # mutmut generated
mutants_xǁImportResultǁwrite_report__mutmut['xǁImportResultǁwrite_report__mutmut_19'] = ImportResult.xǁImportResultǁwrite_report__mutmut_19 # type: ignore # mutmut generated
mutants_xǁ_Refusedǁ__init____mutmut: MutantDict = {}  # type: ignore


class _Refused(Exception):
    """A row is refused: which field and why (internal to one row's handling)."""

    @_mutmut_mutated(mutants_xǁ_Refusedǁ__init____mutmut)
    def __init__(self, field: str, problem: str) -> None:
        super().__init__(problem)
        self.field = field
        self.problem = problem

    def xǁ_Refusedǁ__init____mutmut_orig(self, field: str, problem: str) -> None:
        super().__init__(problem)
        self.field = field
        self.problem = problem

    def xǁ_Refusedǁ__init____mutmut_1(self, field: str, problem: str) -> None:
        super().__init__(None)
        self.field = field
        self.problem = problem

    def xǁ_Refusedǁ__init____mutmut_2(self, field: str, problem: str) -> None:
        super().__init__(problem)
        self.field = None
        self.problem = problem

    def xǁ_Refusedǁ__init____mutmut_3(self, field: str, problem: str) -> None:
        super().__init__(problem)
        self.field = field
        self.problem = None

mutants_xǁ_Refusedǁ__init____mutmut['_mutmut_orig'] = _Refused.xǁ_Refusedǁ__init____mutmut_orig # type: ignore # mutmut generated
mutants_xǁ_Refusedǁ__init____mutmut['xǁ_Refusedǁ__init____mutmut_1'] = _Refused.xǁ_Refusedǁ__init____mutmut_1 # type: ignore # mutmut generated
mutants_xǁ_Refusedǁ__init____mutmut['xǁ_Refusedǁ__init____mutmut_2'] = _Refused.xǁ_Refusedǁ__init____mutmut_2 # type: ignore # mutmut generated
mutants_xǁ_Refusedǁ__init____mutmut['xǁ_Refusedǁ__init____mutmut_3'] = _Refused.xǁ_Refusedǁ__init____mutmut_3 # type: ignore # mutmut generated


class _NothingWritten(Exception):
    """Raised at the end of the records when ``stop`` must roll the import back."""
mutants_x__compact_vin__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__compact_vin__mutmut)
def _compact_vin(values: dict[str, Any], field: str = "vin") -> None:
    value = values.get(field)
    if isinstance(value, str):
        values[field] = vin_id.compact(value)


def x__compact_vin__mutmut_orig(values: dict[str, Any], field: str = "vin") -> None:
    value = values.get(field)
    if isinstance(value, str):
        values[field] = vin_id.compact(value)


def x__compact_vin__mutmut_1(values: dict[str, Any], field: str = "XXvinXX") -> None:
    value = values.get(field)
    if isinstance(value, str):
        values[field] = vin_id.compact(value)


def x__compact_vin__mutmut_2(values: dict[str, Any], field: str = "VIN") -> None:
    value = values.get(field)
    if isinstance(value, str):
        values[field] = vin_id.compact(value)


def x__compact_vin__mutmut_3(values: dict[str, Any], field: str = "vin") -> None:
    value = None
    if isinstance(value, str):
        values[field] = vin_id.compact(value)


def x__compact_vin__mutmut_4(values: dict[str, Any], field: str = "vin") -> None:
    value = values.get(None)
    if isinstance(value, str):
        values[field] = vin_id.compact(value)


def x__compact_vin__mutmut_5(values: dict[str, Any], field: str = "vin") -> None:
    value = values.get(field)
    if isinstance(value, str):
        values[field] = None


def x__compact_vin__mutmut_6(values: dict[str, Any], field: str = "vin") -> None:
    value = values.get(field)
    if isinstance(value, str):
        values[field] = vin_id.compact(None)

mutants_x__compact_vin__mutmut['_mutmut_orig'] = x__compact_vin__mutmut_orig # type: ignore # mutmut generated
mutants_x__compact_vin__mutmut['x__compact_vin__mutmut_1'] = x__compact_vin__mutmut_1 # type: ignore # mutmut generated
mutants_x__compact_vin__mutmut['x__compact_vin__mutmut_2'] = x__compact_vin__mutmut_2 # type: ignore # mutmut generated
mutants_x__compact_vin__mutmut['x__compact_vin__mutmut_3'] = x__compact_vin__mutmut_3 # type: ignore # mutmut generated
mutants_x__compact_vin__mutmut['x__compact_vin__mutmut_4'] = x__compact_vin__mutmut_4 # type: ignore # mutmut generated
mutants_x__compact_vin__mutmut['x__compact_vin__mutmut_5'] = x__compact_vin__mutmut_5 # type: ignore # mutmut generated
mutants_x__compact_vin__mutmut['x__compact_vin__mutmut_6'] = x__compact_vin__mutmut_6 # type: ignore # mutmut generated
mutants_xǁ_Runǁ__init____mutmut: MutantDict = {}  # type: ignore
mutants_xǁ_Runǁcustomer__mutmut: MutantDict = {}  # type: ignore
mutants_xǁ_Runǁvehicle__mutmut: MutantDict = {}  # type: ignore
mutants_xǁ_Runǁunique__mutmut: MutantDict = {}  # type: ignore


class _Run:
    """The state of one import: the keys read so far, lines waiting for their orders."""

    @_mutmut_mutated(mutants_xǁ_Runǁ__init____mutmut)
    def __init__(self) -> None:
        self.customers: set[str] = set()
        self.vehicles: dict[str, str] = {}
        self.work_orders: set[str] = set()
        self.complaints: set[str] = set()
        self.followups: set[str] = set()
        self.appointments: set[str] = set()
        self.lines: dict[str, list[WorkOrderLine]] = {}
        self.line_rows: dict[str, list[tuple[str, int]]] = {}
        self.bad_lines: dict[str, tuple[str, int]] = {}

    def xǁ_Runǁ__init____mutmut_orig(self) -> None:
        self.customers: set[str] = set()
        self.vehicles: dict[str, str] = {}
        self.work_orders: set[str] = set()
        self.complaints: set[str] = set()
        self.followups: set[str] = set()
        self.appointments: set[str] = set()
        self.lines: dict[str, list[WorkOrderLine]] = {}
        self.line_rows: dict[str, list[tuple[str, int]]] = {}
        self.bad_lines: dict[str, tuple[str, int]] = {}

    def xǁ_Runǁ__init____mutmut_1(self) -> None:
        self.customers: set[str] = None
        self.vehicles: dict[str, str] = {}
        self.work_orders: set[str] = set()
        self.complaints: set[str] = set()
        self.followups: set[str] = set()
        self.appointments: set[str] = set()
        self.lines: dict[str, list[WorkOrderLine]] = {}
        self.line_rows: dict[str, list[tuple[str, int]]] = {}
        self.bad_lines: dict[str, tuple[str, int]] = {}

    def xǁ_Runǁ__init____mutmut_2(self) -> None:
        self.customers: set[str] = set()
        self.vehicles: dict[str, str] = None
        self.work_orders: set[str] = set()
        self.complaints: set[str] = set()
        self.followups: set[str] = set()
        self.appointments: set[str] = set()
        self.lines: dict[str, list[WorkOrderLine]] = {}
        self.line_rows: dict[str, list[tuple[str, int]]] = {}
        self.bad_lines: dict[str, tuple[str, int]] = {}

    def xǁ_Runǁ__init____mutmut_3(self) -> None:
        self.customers: set[str] = set()
        self.vehicles: dict[str, str] = {}
        self.work_orders: set[str] = None
        self.complaints: set[str] = set()
        self.followups: set[str] = set()
        self.appointments: set[str] = set()
        self.lines: dict[str, list[WorkOrderLine]] = {}
        self.line_rows: dict[str, list[tuple[str, int]]] = {}
        self.bad_lines: dict[str, tuple[str, int]] = {}

    def xǁ_Runǁ__init____mutmut_4(self) -> None:
        self.customers: set[str] = set()
        self.vehicles: dict[str, str] = {}
        self.work_orders: set[str] = set()
        self.complaints: set[str] = None
        self.followups: set[str] = set()
        self.appointments: set[str] = set()
        self.lines: dict[str, list[WorkOrderLine]] = {}
        self.line_rows: dict[str, list[tuple[str, int]]] = {}
        self.bad_lines: dict[str, tuple[str, int]] = {}

    def xǁ_Runǁ__init____mutmut_5(self) -> None:
        self.customers: set[str] = set()
        self.vehicles: dict[str, str] = {}
        self.work_orders: set[str] = set()
        self.complaints: set[str] = set()
        self.followups: set[str] = None
        self.appointments: set[str] = set()
        self.lines: dict[str, list[WorkOrderLine]] = {}
        self.line_rows: dict[str, list[tuple[str, int]]] = {}
        self.bad_lines: dict[str, tuple[str, int]] = {}

    def xǁ_Runǁ__init____mutmut_6(self) -> None:
        self.customers: set[str] = set()
        self.vehicles: dict[str, str] = {}
        self.work_orders: set[str] = set()
        self.complaints: set[str] = set()
        self.followups: set[str] = set()
        self.appointments: set[str] = None
        self.lines: dict[str, list[WorkOrderLine]] = {}
        self.line_rows: dict[str, list[tuple[str, int]]] = {}
        self.bad_lines: dict[str, tuple[str, int]] = {}

    def xǁ_Runǁ__init____mutmut_7(self) -> None:
        self.customers: set[str] = set()
        self.vehicles: dict[str, str] = {}
        self.work_orders: set[str] = set()
        self.complaints: set[str] = set()
        self.followups: set[str] = set()
        self.appointments: set[str] = set()
        self.lines: dict[str, list[WorkOrderLine]] = None
        self.line_rows: dict[str, list[tuple[str, int]]] = {}
        self.bad_lines: dict[str, tuple[str, int]] = {}

    def xǁ_Runǁ__init____mutmut_8(self) -> None:
        self.customers: set[str] = set()
        self.vehicles: dict[str, str] = {}
        self.work_orders: set[str] = set()
        self.complaints: set[str] = set()
        self.followups: set[str] = set()
        self.appointments: set[str] = set()
        self.lines: dict[str, list[WorkOrderLine]] = {}
        self.line_rows: dict[str, list[tuple[str, int]]] = None
        self.bad_lines: dict[str, tuple[str, int]] = {}

    def xǁ_Runǁ__init____mutmut_9(self) -> None:
        self.customers: set[str] = set()
        self.vehicles: dict[str, str] = {}
        self.work_orders: set[str] = set()
        self.complaints: set[str] = set()
        self.followups: set[str] = set()
        self.appointments: set[str] = set()
        self.lines: dict[str, list[WorkOrderLine]] = {}
        self.line_rows: dict[str, list[tuple[str, int]]] = {}
        self.bad_lines: dict[str, tuple[str, int]] = None

    @_mutmut_mutated(mutants_xǁ_Runǁcustomer__mutmut)
    def customer(self, values: dict[str, Any], *, required: bool = True) -> None:
        """Check the row's customer, taking it from its vehicle when the row has none."""
        number = values.get("customer_number")
        if number is None and values.get("vin") in self.vehicles:
            values["customer_number"] = number = self.vehicles[values["vin"]]
        if number is None:
            if required:
                raise _Refused("customer_number", "no customer number, and no known vehicle")
            return
        if number not in self.customers:
            raise _Refused(
                "customer_number", f"customer {shown(number)} is not among the imported customers"
            )

    def xǁ_Runǁcustomer__mutmut_orig(self, values: dict[str, Any], *, required: bool = True) -> None:
        """Check the row's customer, taking it from its vehicle when the row has none."""
        number = values.get("customer_number")
        if number is None and values.get("vin") in self.vehicles:
            values["customer_number"] = number = self.vehicles[values["vin"]]
        if number is None:
            if required:
                raise _Refused("customer_number", "no customer number, and no known vehicle")
            return
        if number not in self.customers:
            raise _Refused(
                "customer_number", f"customer {shown(number)} is not among the imported customers"
            )

    def xǁ_Runǁcustomer__mutmut_1(self, values: dict[str, Any], *, required: bool = False) -> None:
        """Check the row's customer, taking it from its vehicle when the row has none."""
        number = values.get("customer_number")
        if number is None and values.get("vin") in self.vehicles:
            values["customer_number"] = number = self.vehicles[values["vin"]]
        if number is None:
            if required:
                raise _Refused("customer_number", "no customer number, and no known vehicle")
            return
        if number not in self.customers:
            raise _Refused(
                "customer_number", f"customer {shown(number)} is not among the imported customers"
            )

    def xǁ_Runǁcustomer__mutmut_2(self, values: dict[str, Any], *, required: bool = True) -> None:
        """Check the row's customer, taking it from its vehicle when the row has none."""
        number = None
        if number is None and values.get("vin") in self.vehicles:
            values["customer_number"] = number = self.vehicles[values["vin"]]
        if number is None:
            if required:
                raise _Refused("customer_number", "no customer number, and no known vehicle")
            return
        if number not in self.customers:
            raise _Refused(
                "customer_number", f"customer {shown(number)} is not among the imported customers"
            )

    def xǁ_Runǁcustomer__mutmut_3(self, values: dict[str, Any], *, required: bool = True) -> None:
        """Check the row's customer, taking it from its vehicle when the row has none."""
        number = values.get(None)
        if number is None and values.get("vin") in self.vehicles:
            values["customer_number"] = number = self.vehicles[values["vin"]]
        if number is None:
            if required:
                raise _Refused("customer_number", "no customer number, and no known vehicle")
            return
        if number not in self.customers:
            raise _Refused(
                "customer_number", f"customer {shown(number)} is not among the imported customers"
            )

    def xǁ_Runǁcustomer__mutmut_4(self, values: dict[str, Any], *, required: bool = True) -> None:
        """Check the row's customer, taking it from its vehicle when the row has none."""
        number = values.get("XXcustomer_numberXX")
        if number is None and values.get("vin") in self.vehicles:
            values["customer_number"] = number = self.vehicles[values["vin"]]
        if number is None:
            if required:
                raise _Refused("customer_number", "no customer number, and no known vehicle")
            return
        if number not in self.customers:
            raise _Refused(
                "customer_number", f"customer {shown(number)} is not among the imported customers"
            )

    def xǁ_Runǁcustomer__mutmut_5(self, values: dict[str, Any], *, required: bool = True) -> None:
        """Check the row's customer, taking it from its vehicle when the row has none."""
        number = values.get("CUSTOMER_NUMBER")
        if number is None and values.get("vin") in self.vehicles:
            values["customer_number"] = number = self.vehicles[values["vin"]]
        if number is None:
            if required:
                raise _Refused("customer_number", "no customer number, and no known vehicle")
            return
        if number not in self.customers:
            raise _Refused(
                "customer_number", f"customer {shown(number)} is not among the imported customers"
            )

    def xǁ_Runǁcustomer__mutmut_6(self, values: dict[str, Any], *, required: bool = True) -> None:
        """Check the row's customer, taking it from its vehicle when the row has none."""
        number = values.get("customer_number")
        if number is None or values.get("vin") in self.vehicles:
            values["customer_number"] = number = self.vehicles[values["vin"]]
        if number is None:
            if required:
                raise _Refused("customer_number", "no customer number, and no known vehicle")
            return
        if number not in self.customers:
            raise _Refused(
                "customer_number", f"customer {shown(number)} is not among the imported customers"
            )

    def xǁ_Runǁcustomer__mutmut_7(self, values: dict[str, Any], *, required: bool = True) -> None:
        """Check the row's customer, taking it from its vehicle when the row has none."""
        number = values.get("customer_number")
        if number is not None and values.get("vin") in self.vehicles:
            values["customer_number"] = number = self.vehicles[values["vin"]]
        if number is None:
            if required:
                raise _Refused("customer_number", "no customer number, and no known vehicle")
            return
        if number not in self.customers:
            raise _Refused(
                "customer_number", f"customer {shown(number)} is not among the imported customers"
            )

    def xǁ_Runǁcustomer__mutmut_8(self, values: dict[str, Any], *, required: bool = True) -> None:
        """Check the row's customer, taking it from its vehicle when the row has none."""
        number = values.get("customer_number")
        if number is None and values.get(None) in self.vehicles:
            values["customer_number"] = number = self.vehicles[values["vin"]]
        if number is None:
            if required:
                raise _Refused("customer_number", "no customer number, and no known vehicle")
            return
        if number not in self.customers:
            raise _Refused(
                "customer_number", f"customer {shown(number)} is not among the imported customers"
            )

    def xǁ_Runǁcustomer__mutmut_9(self, values: dict[str, Any], *, required: bool = True) -> None:
        """Check the row's customer, taking it from its vehicle when the row has none."""
        number = values.get("customer_number")
        if number is None and values.get("XXvinXX") in self.vehicles:
            values["customer_number"] = number = self.vehicles[values["vin"]]
        if number is None:
            if required:
                raise _Refused("customer_number", "no customer number, and no known vehicle")
            return
        if number not in self.customers:
            raise _Refused(
                "customer_number", f"customer {shown(number)} is not among the imported customers"
            )

    def xǁ_Runǁcustomer__mutmut_10(self, values: dict[str, Any], *, required: bool = True) -> None:
        """Check the row's customer, taking it from its vehicle when the row has none."""
        number = values.get("customer_number")
        if number is None and values.get("VIN") in self.vehicles:
            values["customer_number"] = number = self.vehicles[values["vin"]]
        if number is None:
            if required:
                raise _Refused("customer_number", "no customer number, and no known vehicle")
            return
        if number not in self.customers:
            raise _Refused(
                "customer_number", f"customer {shown(number)} is not among the imported customers"
            )

    def xǁ_Runǁcustomer__mutmut_11(self, values: dict[str, Any], *, required: bool = True) -> None:
        """Check the row's customer, taking it from its vehicle when the row has none."""
        number = values.get("customer_number")
        if number is None and values.get("vin") not in self.vehicles:
            values["customer_number"] = number = self.vehicles[values["vin"]]
        if number is None:
            if required:
                raise _Refused("customer_number", "no customer number, and no known vehicle")
            return
        if number not in self.customers:
            raise _Refused(
                "customer_number", f"customer {shown(number)} is not among the imported customers"
            )

    def xǁ_Runǁcustomer__mutmut_12(self, values: dict[str, Any], *, required: bool = True) -> None:
        """Check the row's customer, taking it from its vehicle when the row has none."""
        number = values.get("customer_number")
        if number is None and values.get("vin") in self.vehicles:
            values["customer_number"] = number = None
        if number is None:
            if required:
                raise _Refused("customer_number", "no customer number, and no known vehicle")
            return
        if number not in self.customers:
            raise _Refused(
                "customer_number", f"customer {shown(number)} is not among the imported customers"
            )

    def xǁ_Runǁcustomer__mutmut_13(self, values: dict[str, Any], *, required: bool = True) -> None:
        """Check the row's customer, taking it from its vehicle when the row has none."""
        number = values.get("customer_number")
        if number is None and values.get("vin") in self.vehicles:
            values["XXcustomer_numberXX"] = number = self.vehicles[values["vin"]]
        if number is None:
            if required:
                raise _Refused("customer_number", "no customer number, and no known vehicle")
            return
        if number not in self.customers:
            raise _Refused(
                "customer_number", f"customer {shown(number)} is not among the imported customers"
            )

    def xǁ_Runǁcustomer__mutmut_14(self, values: dict[str, Any], *, required: bool = True) -> None:
        """Check the row's customer, taking it from its vehicle when the row has none."""
        number = values.get("customer_number")
        if number is None and values.get("vin") in self.vehicles:
            values["CUSTOMER_NUMBER"] = number = self.vehicles[values["vin"]]
        if number is None:
            if required:
                raise _Refused("customer_number", "no customer number, and no known vehicle")
            return
        if number not in self.customers:
            raise _Refused(
                "customer_number", f"customer {shown(number)} is not among the imported customers"
            )

    def xǁ_Runǁcustomer__mutmut_15(self, values: dict[str, Any], *, required: bool = True) -> None:
        """Check the row's customer, taking it from its vehicle when the row has none."""
        number = values.get("customer_number")
        if number is None and values.get("vin") in self.vehicles:
            values["customer_number"] = number = self.vehicles[values["XXvinXX"]]
        if number is None:
            if required:
                raise _Refused("customer_number", "no customer number, and no known vehicle")
            return
        if number not in self.customers:
            raise _Refused(
                "customer_number", f"customer {shown(number)} is not among the imported customers"
            )

    def xǁ_Runǁcustomer__mutmut_16(self, values: dict[str, Any], *, required: bool = True) -> None:
        """Check the row's customer, taking it from its vehicle when the row has none."""
        number = values.get("customer_number")
        if number is None and values.get("vin") in self.vehicles:
            values["customer_number"] = number = self.vehicles[values["VIN"]]
        if number is None:
            if required:
                raise _Refused("customer_number", "no customer number, and no known vehicle")
            return
        if number not in self.customers:
            raise _Refused(
                "customer_number", f"customer {shown(number)} is not among the imported customers"
            )

    def xǁ_Runǁcustomer__mutmut_17(self, values: dict[str, Any], *, required: bool = True) -> None:
        """Check the row's customer, taking it from its vehicle when the row has none."""
        number = values.get("customer_number")
        if number is None and values.get("vin") in self.vehicles:
            values["customer_number"] = number = self.vehicles[values["vin"]]
        if number is not None:
            if required:
                raise _Refused("customer_number", "no customer number, and no known vehicle")
            return
        if number not in self.customers:
            raise _Refused(
                "customer_number", f"customer {shown(number)} is not among the imported customers"
            )

    def xǁ_Runǁcustomer__mutmut_18(self, values: dict[str, Any], *, required: bool = True) -> None:
        """Check the row's customer, taking it from its vehicle when the row has none."""
        number = values.get("customer_number")
        if number is None and values.get("vin") in self.vehicles:
            values["customer_number"] = number = self.vehicles[values["vin"]]
        if number is None:
            if required:
                raise _Refused(None, "no customer number, and no known vehicle")
            return
        if number not in self.customers:
            raise _Refused(
                "customer_number", f"customer {shown(number)} is not among the imported customers"
            )

    def xǁ_Runǁcustomer__mutmut_19(self, values: dict[str, Any], *, required: bool = True) -> None:
        """Check the row's customer, taking it from its vehicle when the row has none."""
        number = values.get("customer_number")
        if number is None and values.get("vin") in self.vehicles:
            values["customer_number"] = number = self.vehicles[values["vin"]]
        if number is None:
            if required:
                raise _Refused("customer_number", None)
            return
        if number not in self.customers:
            raise _Refused(
                "customer_number", f"customer {shown(number)} is not among the imported customers"
            )

    def xǁ_Runǁcustomer__mutmut_20(self, values: dict[str, Any], *, required: bool = True) -> None:
        """Check the row's customer, taking it from its vehicle when the row has none."""
        number = values.get("customer_number")
        if number is None and values.get("vin") in self.vehicles:
            values["customer_number"] = number = self.vehicles[values["vin"]]
        if number is None:
            if required:
                raise _Refused("no customer number, and no known vehicle")
            return
        if number not in self.customers:
            raise _Refused(
                "customer_number", f"customer {shown(number)} is not among the imported customers"
            )

    def xǁ_Runǁcustomer__mutmut_21(self, values: dict[str, Any], *, required: bool = True) -> None:
        """Check the row's customer, taking it from its vehicle when the row has none."""
        number = values.get("customer_number")
        if number is None and values.get("vin") in self.vehicles:
            values["customer_number"] = number = self.vehicles[values["vin"]]
        if number is None:
            if required:
                raise _Refused("customer_number", )
            return
        if number not in self.customers:
            raise _Refused(
                "customer_number", f"customer {shown(number)} is not among the imported customers"
            )

    def xǁ_Runǁcustomer__mutmut_22(self, values: dict[str, Any], *, required: bool = True) -> None:
        """Check the row's customer, taking it from its vehicle when the row has none."""
        number = values.get("customer_number")
        if number is None and values.get("vin") in self.vehicles:
            values["customer_number"] = number = self.vehicles[values["vin"]]
        if number is None:
            if required:
                raise _Refused("XXcustomer_numberXX", "no customer number, and no known vehicle")
            return
        if number not in self.customers:
            raise _Refused(
                "customer_number", f"customer {shown(number)} is not among the imported customers"
            )

    def xǁ_Runǁcustomer__mutmut_23(self, values: dict[str, Any], *, required: bool = True) -> None:
        """Check the row's customer, taking it from its vehicle when the row has none."""
        number = values.get("customer_number")
        if number is None and values.get("vin") in self.vehicles:
            values["customer_number"] = number = self.vehicles[values["vin"]]
        if number is None:
            if required:
                raise _Refused("CUSTOMER_NUMBER", "no customer number, and no known vehicle")
            return
        if number not in self.customers:
            raise _Refused(
                "customer_number", f"customer {shown(number)} is not among the imported customers"
            )

    def xǁ_Runǁcustomer__mutmut_24(self, values: dict[str, Any], *, required: bool = True) -> None:
        """Check the row's customer, taking it from its vehicle when the row has none."""
        number = values.get("customer_number")
        if number is None and values.get("vin") in self.vehicles:
            values["customer_number"] = number = self.vehicles[values["vin"]]
        if number is None:
            if required:
                raise _Refused("customer_number", "XXno customer number, and no known vehicleXX")
            return
        if number not in self.customers:
            raise _Refused(
                "customer_number", f"customer {shown(number)} is not among the imported customers"
            )

    def xǁ_Runǁcustomer__mutmut_25(self, values: dict[str, Any], *, required: bool = True) -> None:
        """Check the row's customer, taking it from its vehicle when the row has none."""
        number = values.get("customer_number")
        if number is None and values.get("vin") in self.vehicles:
            values["customer_number"] = number = self.vehicles[values["vin"]]
        if number is None:
            if required:
                raise _Refused("customer_number", "NO CUSTOMER NUMBER, AND NO KNOWN VEHICLE")
            return
        if number not in self.customers:
            raise _Refused(
                "customer_number", f"customer {shown(number)} is not among the imported customers"
            )

    def xǁ_Runǁcustomer__mutmut_26(self, values: dict[str, Any], *, required: bool = True) -> None:
        """Check the row's customer, taking it from its vehicle when the row has none."""
        number = values.get("customer_number")
        if number is None and values.get("vin") in self.vehicles:
            values["customer_number"] = number = self.vehicles[values["vin"]]
        if number is None:
            if required:
                raise _Refused("customer_number", "no customer number, and no known vehicle")
            return
        if number in self.customers:
            raise _Refused(
                "customer_number", f"customer {shown(number)} is not among the imported customers"
            )

    def xǁ_Runǁcustomer__mutmut_27(self, values: dict[str, Any], *, required: bool = True) -> None:
        """Check the row's customer, taking it from its vehicle when the row has none."""
        number = values.get("customer_number")
        if number is None and values.get("vin") in self.vehicles:
            values["customer_number"] = number = self.vehicles[values["vin"]]
        if number is None:
            if required:
                raise _Refused("customer_number", "no customer number, and no known vehicle")
            return
        if number not in self.customers:
            raise _Refused(
                None, f"customer {shown(number)} is not among the imported customers"
            )

    def xǁ_Runǁcustomer__mutmut_28(self, values: dict[str, Any], *, required: bool = True) -> None:
        """Check the row's customer, taking it from its vehicle when the row has none."""
        number = values.get("customer_number")
        if number is None and values.get("vin") in self.vehicles:
            values["customer_number"] = number = self.vehicles[values["vin"]]
        if number is None:
            if required:
                raise _Refused("customer_number", "no customer number, and no known vehicle")
            return
        if number not in self.customers:
            raise _Refused(
                "customer_number", None
            )

    def xǁ_Runǁcustomer__mutmut_29(self, values: dict[str, Any], *, required: bool = True) -> None:
        """Check the row's customer, taking it from its vehicle when the row has none."""
        number = values.get("customer_number")
        if number is None and values.get("vin") in self.vehicles:
            values["customer_number"] = number = self.vehicles[values["vin"]]
        if number is None:
            if required:
                raise _Refused("customer_number", "no customer number, and no known vehicle")
            return
        if number not in self.customers:
            raise _Refused(
                f"customer {shown(number)} is not among the imported customers"
            )

    def xǁ_Runǁcustomer__mutmut_30(self, values: dict[str, Any], *, required: bool = True) -> None:
        """Check the row's customer, taking it from its vehicle when the row has none."""
        number = values.get("customer_number")
        if number is None and values.get("vin") in self.vehicles:
            values["customer_number"] = number = self.vehicles[values["vin"]]
        if number is None:
            if required:
                raise _Refused("customer_number", "no customer number, and no known vehicle")
            return
        if number not in self.customers:
            raise _Refused(
                "customer_number", )

    def xǁ_Runǁcustomer__mutmut_31(self, values: dict[str, Any], *, required: bool = True) -> None:
        """Check the row's customer, taking it from its vehicle when the row has none."""
        number = values.get("customer_number")
        if number is None and values.get("vin") in self.vehicles:
            values["customer_number"] = number = self.vehicles[values["vin"]]
        if number is None:
            if required:
                raise _Refused("customer_number", "no customer number, and no known vehicle")
            return
        if number not in self.customers:
            raise _Refused(
                "XXcustomer_numberXX", f"customer {shown(number)} is not among the imported customers"
            )

    def xǁ_Runǁcustomer__mutmut_32(self, values: dict[str, Any], *, required: bool = True) -> None:
        """Check the row's customer, taking it from its vehicle when the row has none."""
        number = values.get("customer_number")
        if number is None and values.get("vin") in self.vehicles:
            values["customer_number"] = number = self.vehicles[values["vin"]]
        if number is None:
            if required:
                raise _Refused("customer_number", "no customer number, and no known vehicle")
            return
        if number not in self.customers:
            raise _Refused(
                "CUSTOMER_NUMBER", f"customer {shown(number)} is not among the imported customers"
            )

    def xǁ_Runǁcustomer__mutmut_33(self, values: dict[str, Any], *, required: bool = True) -> None:
        """Check the row's customer, taking it from its vehicle when the row has none."""
        number = values.get("customer_number")
        if number is None and values.get("vin") in self.vehicles:
            values["customer_number"] = number = self.vehicles[values["vin"]]
        if number is None:
            if required:
                raise _Refused("customer_number", "no customer number, and no known vehicle")
            return
        if number not in self.customers:
            raise _Refused(
                "customer_number", f"customer {shown(None)} is not among the imported customers"
            )

    @_mutmut_mutated(mutants_xǁ_Runǁvehicle__mutmut)
    def vehicle(self, values: dict[str, Any], *, required: bool) -> None:
        vin = values.get("vin")
        if vin is None:
            if required:
                raise _Refused("vin", "no VIN")
            return
        if vin not in self.vehicles:
            raise _Refused("vin", f"vehicle {shown(vin)} is not among the imported vehicles")

    def xǁ_Runǁvehicle__mutmut_orig(self, values: dict[str, Any], *, required: bool) -> None:
        vin = values.get("vin")
        if vin is None:
            if required:
                raise _Refused("vin", "no VIN")
            return
        if vin not in self.vehicles:
            raise _Refused("vin", f"vehicle {shown(vin)} is not among the imported vehicles")

    def xǁ_Runǁvehicle__mutmut_1(self, values: dict[str, Any], *, required: bool) -> None:
        vin = None
        if vin is None:
            if required:
                raise _Refused("vin", "no VIN")
            return
        if vin not in self.vehicles:
            raise _Refused("vin", f"vehicle {shown(vin)} is not among the imported vehicles")

    def xǁ_Runǁvehicle__mutmut_2(self, values: dict[str, Any], *, required: bool) -> None:
        vin = values.get(None)
        if vin is None:
            if required:
                raise _Refused("vin", "no VIN")
            return
        if vin not in self.vehicles:
            raise _Refused("vin", f"vehicle {shown(vin)} is not among the imported vehicles")

    def xǁ_Runǁvehicle__mutmut_3(self, values: dict[str, Any], *, required: bool) -> None:
        vin = values.get("XXvinXX")
        if vin is None:
            if required:
                raise _Refused("vin", "no VIN")
            return
        if vin not in self.vehicles:
            raise _Refused("vin", f"vehicle {shown(vin)} is not among the imported vehicles")

    def xǁ_Runǁvehicle__mutmut_4(self, values: dict[str, Any], *, required: bool) -> None:
        vin = values.get("VIN")
        if vin is None:
            if required:
                raise _Refused("vin", "no VIN")
            return
        if vin not in self.vehicles:
            raise _Refused("vin", f"vehicle {shown(vin)} is not among the imported vehicles")

    def xǁ_Runǁvehicle__mutmut_5(self, values: dict[str, Any], *, required: bool) -> None:
        vin = values.get("vin")
        if vin is not None:
            if required:
                raise _Refused("vin", "no VIN")
            return
        if vin not in self.vehicles:
            raise _Refused("vin", f"vehicle {shown(vin)} is not among the imported vehicles")

    def xǁ_Runǁvehicle__mutmut_6(self, values: dict[str, Any], *, required: bool) -> None:
        vin = values.get("vin")
        if vin is None:
            if required:
                raise _Refused(None, "no VIN")
            return
        if vin not in self.vehicles:
            raise _Refused("vin", f"vehicle {shown(vin)} is not among the imported vehicles")

    def xǁ_Runǁvehicle__mutmut_7(self, values: dict[str, Any], *, required: bool) -> None:
        vin = values.get("vin")
        if vin is None:
            if required:
                raise _Refused("vin", None)
            return
        if vin not in self.vehicles:
            raise _Refused("vin", f"vehicle {shown(vin)} is not among the imported vehicles")

    def xǁ_Runǁvehicle__mutmut_8(self, values: dict[str, Any], *, required: bool) -> None:
        vin = values.get("vin")
        if vin is None:
            if required:
                raise _Refused("no VIN")
            return
        if vin not in self.vehicles:
            raise _Refused("vin", f"vehicle {shown(vin)} is not among the imported vehicles")

    def xǁ_Runǁvehicle__mutmut_9(self, values: dict[str, Any], *, required: bool) -> None:
        vin = values.get("vin")
        if vin is None:
            if required:
                raise _Refused("vin", )
            return
        if vin not in self.vehicles:
            raise _Refused("vin", f"vehicle {shown(vin)} is not among the imported vehicles")

    def xǁ_Runǁvehicle__mutmut_10(self, values: dict[str, Any], *, required: bool) -> None:
        vin = values.get("vin")
        if vin is None:
            if required:
                raise _Refused("XXvinXX", "no VIN")
            return
        if vin not in self.vehicles:
            raise _Refused("vin", f"vehicle {shown(vin)} is not among the imported vehicles")

    def xǁ_Runǁvehicle__mutmut_11(self, values: dict[str, Any], *, required: bool) -> None:
        vin = values.get("vin")
        if vin is None:
            if required:
                raise _Refused("VIN", "no VIN")
            return
        if vin not in self.vehicles:
            raise _Refused("vin", f"vehicle {shown(vin)} is not among the imported vehicles")

    def xǁ_Runǁvehicle__mutmut_12(self, values: dict[str, Any], *, required: bool) -> None:
        vin = values.get("vin")
        if vin is None:
            if required:
                raise _Refused("vin", "XXno VINXX")
            return
        if vin not in self.vehicles:
            raise _Refused("vin", f"vehicle {shown(vin)} is not among the imported vehicles")

    def xǁ_Runǁvehicle__mutmut_13(self, values: dict[str, Any], *, required: bool) -> None:
        vin = values.get("vin")
        if vin is None:
            if required:
                raise _Refused("vin", "no vin")
            return
        if vin not in self.vehicles:
            raise _Refused("vin", f"vehicle {shown(vin)} is not among the imported vehicles")

    def xǁ_Runǁvehicle__mutmut_14(self, values: dict[str, Any], *, required: bool) -> None:
        vin = values.get("vin")
        if vin is None:
            if required:
                raise _Refused("vin", "NO VIN")
            return
        if vin not in self.vehicles:
            raise _Refused("vin", f"vehicle {shown(vin)} is not among the imported vehicles")

    def xǁ_Runǁvehicle__mutmut_15(self, values: dict[str, Any], *, required: bool) -> None:
        vin = values.get("vin")
        if vin is None:
            if required:
                raise _Refused("vin", "no VIN")
            return
        if vin in self.vehicles:
            raise _Refused("vin", f"vehicle {shown(vin)} is not among the imported vehicles")

    def xǁ_Runǁvehicle__mutmut_16(self, values: dict[str, Any], *, required: bool) -> None:
        vin = values.get("vin")
        if vin is None:
            if required:
                raise _Refused("vin", "no VIN")
            return
        if vin not in self.vehicles:
            raise _Refused(None, f"vehicle {shown(vin)} is not among the imported vehicles")

    def xǁ_Runǁvehicle__mutmut_17(self, values: dict[str, Any], *, required: bool) -> None:
        vin = values.get("vin")
        if vin is None:
            if required:
                raise _Refused("vin", "no VIN")
            return
        if vin not in self.vehicles:
            raise _Refused("vin", None)

    def xǁ_Runǁvehicle__mutmut_18(self, values: dict[str, Any], *, required: bool) -> None:
        vin = values.get("vin")
        if vin is None:
            if required:
                raise _Refused("vin", "no VIN")
            return
        if vin not in self.vehicles:
            raise _Refused(f"vehicle {shown(vin)} is not among the imported vehicles")

    def xǁ_Runǁvehicle__mutmut_19(self, values: dict[str, Any], *, required: bool) -> None:
        vin = values.get("vin")
        if vin is None:
            if required:
                raise _Refused("vin", "no VIN")
            return
        if vin not in self.vehicles:
            raise _Refused("vin", )

    def xǁ_Runǁvehicle__mutmut_20(self, values: dict[str, Any], *, required: bool) -> None:
        vin = values.get("vin")
        if vin is None:
            if required:
                raise _Refused("vin", "no VIN")
            return
        if vin not in self.vehicles:
            raise _Refused("XXvinXX", f"vehicle {shown(vin)} is not among the imported vehicles")

    def xǁ_Runǁvehicle__mutmut_21(self, values: dict[str, Any], *, required: bool) -> None:
        vin = values.get("vin")
        if vin is None:
            if required:
                raise _Refused("vin", "no VIN")
            return
        if vin not in self.vehicles:
            raise _Refused("VIN", f"vehicle {shown(vin)} is not among the imported vehicles")

    def xǁ_Runǁvehicle__mutmut_22(self, values: dict[str, Any], *, required: bool) -> None:
        vin = values.get("vin")
        if vin is None:
            if required:
                raise _Refused("vin", "no VIN")
            return
        if vin not in self.vehicles:
            raise _Refused("vin", f"vehicle {shown(None)} is not among the imported vehicles")

    @_mutmut_mutated(mutants_xǁ_Runǁunique__mutmut)
    def unique(self, keys: set[str], field: str, key: str) -> None:
        if key in keys:
            raise _Refused(field, f"{shown(key)} appears twice in the import")
        keys.add(key)

    def xǁ_Runǁunique__mutmut_orig(self, keys: set[str], field: str, key: str) -> None:
        if key in keys:
            raise _Refused(field, f"{shown(key)} appears twice in the import")
        keys.add(key)

    def xǁ_Runǁunique__mutmut_1(self, keys: set[str], field: str, key: str) -> None:
        if key not in keys:
            raise _Refused(field, f"{shown(key)} appears twice in the import")
        keys.add(key)

    def xǁ_Runǁunique__mutmut_2(self, keys: set[str], field: str, key: str) -> None:
        if key in keys:
            raise _Refused(None, f"{shown(key)} appears twice in the import")
        keys.add(key)

    def xǁ_Runǁunique__mutmut_3(self, keys: set[str], field: str, key: str) -> None:
        if key in keys:
            raise _Refused(field, None)
        keys.add(key)

    def xǁ_Runǁunique__mutmut_4(self, keys: set[str], field: str, key: str) -> None:
        if key in keys:
            raise _Refused(f"{shown(key)} appears twice in the import")
        keys.add(key)

    def xǁ_Runǁunique__mutmut_5(self, keys: set[str], field: str, key: str) -> None:
        if key in keys:
            raise _Refused(field, )
        keys.add(key)

    def xǁ_Runǁunique__mutmut_6(self, keys: set[str], field: str, key: str) -> None:
        if key in keys:
            raise _Refused(field, f"{shown(None)} appears twice in the import")
        keys.add(key)

    def xǁ_Runǁunique__mutmut_7(self, keys: set[str], field: str, key: str) -> None:
        if key in keys:
            raise _Refused(field, f"{shown(key)} appears twice in the import")
        keys.add(None)

mutants_xǁ_Runǁ__init____mutmut['_mutmut_orig'] = _Run.xǁ_Runǁ__init____mutmut_orig # type: ignore # mutmut generated
mutants_xǁ_Runǁ__init____mutmut['xǁ_Runǁ__init____mutmut_1'] = _Run.xǁ_Runǁ__init____mutmut_1 # type: ignore # mutmut generated
mutants_xǁ_Runǁ__init____mutmut['xǁ_Runǁ__init____mutmut_2'] = _Run.xǁ_Runǁ__init____mutmut_2 # type: ignore # mutmut generated
mutants_xǁ_Runǁ__init____mutmut['xǁ_Runǁ__init____mutmut_3'] = _Run.xǁ_Runǁ__init____mutmut_3 # type: ignore # mutmut generated
mutants_xǁ_Runǁ__init____mutmut['xǁ_Runǁ__init____mutmut_4'] = _Run.xǁ_Runǁ__init____mutmut_4 # type: ignore # mutmut generated
mutants_xǁ_Runǁ__init____mutmut['xǁ_Runǁ__init____mutmut_5'] = _Run.xǁ_Runǁ__init____mutmut_5 # type: ignore # mutmut generated
mutants_xǁ_Runǁ__init____mutmut['xǁ_Runǁ__init____mutmut_6'] = _Run.xǁ_Runǁ__init____mutmut_6 # type: ignore # mutmut generated
mutants_xǁ_Runǁ__init____mutmut['xǁ_Runǁ__init____mutmut_7'] = _Run.xǁ_Runǁ__init____mutmut_7 # type: ignore # mutmut generated
mutants_xǁ_Runǁ__init____mutmut['xǁ_Runǁ__init____mutmut_8'] = _Run.xǁ_Runǁ__init____mutmut_8 # type: ignore # mutmut generated
mutants_xǁ_Runǁ__init____mutmut['xǁ_Runǁ__init____mutmut_9'] = _Run.xǁ_Runǁ__init____mutmut_9 # type: ignore # mutmut generated

mutants_xǁ_Runǁcustomer__mutmut['_mutmut_orig'] = _Run.xǁ_Runǁcustomer__mutmut_orig # type: ignore # mutmut generated
mutants_xǁ_Runǁcustomer__mutmut['xǁ_Runǁcustomer__mutmut_1'] = _Run.xǁ_Runǁcustomer__mutmut_1 # type: ignore # mutmut generated
mutants_xǁ_Runǁcustomer__mutmut['xǁ_Runǁcustomer__mutmut_2'] = _Run.xǁ_Runǁcustomer__mutmut_2 # type: ignore # mutmut generated
mutants_xǁ_Runǁcustomer__mutmut['xǁ_Runǁcustomer__mutmut_3'] = _Run.xǁ_Runǁcustomer__mutmut_3 # type: ignore # mutmut generated
mutants_xǁ_Runǁcustomer__mutmut['xǁ_Runǁcustomer__mutmut_4'] = _Run.xǁ_Runǁcustomer__mutmut_4 # type: ignore # mutmut generated
mutants_xǁ_Runǁcustomer__mutmut['xǁ_Runǁcustomer__mutmut_5'] = _Run.xǁ_Runǁcustomer__mutmut_5 # type: ignore # mutmut generated
mutants_xǁ_Runǁcustomer__mutmut['xǁ_Runǁcustomer__mutmut_6'] = _Run.xǁ_Runǁcustomer__mutmut_6 # type: ignore # mutmut generated
mutants_xǁ_Runǁcustomer__mutmut['xǁ_Runǁcustomer__mutmut_7'] = _Run.xǁ_Runǁcustomer__mutmut_7 # type: ignore # mutmut generated
mutants_xǁ_Runǁcustomer__mutmut['xǁ_Runǁcustomer__mutmut_8'] = _Run.xǁ_Runǁcustomer__mutmut_8 # type: ignore # mutmut generated
mutants_xǁ_Runǁcustomer__mutmut['xǁ_Runǁcustomer__mutmut_9'] = _Run.xǁ_Runǁcustomer__mutmut_9 # type: ignore # mutmut generated
mutants_xǁ_Runǁcustomer__mutmut['xǁ_Runǁcustomer__mutmut_10'] = _Run.xǁ_Runǁcustomer__mutmut_10 # type: ignore # mutmut generated
mutants_xǁ_Runǁcustomer__mutmut['xǁ_Runǁcustomer__mutmut_11'] = _Run.xǁ_Runǁcustomer__mutmut_11 # type: ignore # mutmut generated
mutants_xǁ_Runǁcustomer__mutmut['xǁ_Runǁcustomer__mutmut_12'] = _Run.xǁ_Runǁcustomer__mutmut_12 # type: ignore # mutmut generated
mutants_xǁ_Runǁcustomer__mutmut['xǁ_Runǁcustomer__mutmut_13'] = _Run.xǁ_Runǁcustomer__mutmut_13 # type: ignore # mutmut generated
mutants_xǁ_Runǁcustomer__mutmut['xǁ_Runǁcustomer__mutmut_14'] = _Run.xǁ_Runǁcustomer__mutmut_14 # type: ignore # mutmut generated
mutants_xǁ_Runǁcustomer__mutmut['xǁ_Runǁcustomer__mutmut_15'] = _Run.xǁ_Runǁcustomer__mutmut_15 # type: ignore # mutmut generated
mutants_xǁ_Runǁcustomer__mutmut['xǁ_Runǁcustomer__mutmut_16'] = _Run.xǁ_Runǁcustomer__mutmut_16 # type: ignore # mutmut generated
mutants_xǁ_Runǁcustomer__mutmut['xǁ_Runǁcustomer__mutmut_17'] = _Run.xǁ_Runǁcustomer__mutmut_17 # type: ignore # mutmut generated
mutants_xǁ_Runǁcustomer__mutmut['xǁ_Runǁcustomer__mutmut_18'] = _Run.xǁ_Runǁcustomer__mutmut_18 # type: ignore # mutmut generated
mutants_xǁ_Runǁcustomer__mutmut['xǁ_Runǁcustomer__mutmut_19'] = _Run.xǁ_Runǁcustomer__mutmut_19 # type: ignore # mutmut generated
mutants_xǁ_Runǁcustomer__mutmut['xǁ_Runǁcustomer__mutmut_20'] = _Run.xǁ_Runǁcustomer__mutmut_20 # type: ignore # mutmut generated
mutants_xǁ_Runǁcustomer__mutmut['xǁ_Runǁcustomer__mutmut_21'] = _Run.xǁ_Runǁcustomer__mutmut_21 # type: ignore # mutmut generated
mutants_xǁ_Runǁcustomer__mutmut['xǁ_Runǁcustomer__mutmut_22'] = _Run.xǁ_Runǁcustomer__mutmut_22 # type: ignore # mutmut generated
mutants_xǁ_Runǁcustomer__mutmut['xǁ_Runǁcustomer__mutmut_23'] = _Run.xǁ_Runǁcustomer__mutmut_23 # type: ignore # mutmut generated
mutants_xǁ_Runǁcustomer__mutmut['xǁ_Runǁcustomer__mutmut_24'] = _Run.xǁ_Runǁcustomer__mutmut_24 # type: ignore # mutmut generated
mutants_xǁ_Runǁcustomer__mutmut['xǁ_Runǁcustomer__mutmut_25'] = _Run.xǁ_Runǁcustomer__mutmut_25 # type: ignore # mutmut generated
mutants_xǁ_Runǁcustomer__mutmut['xǁ_Runǁcustomer__mutmut_26'] = _Run.xǁ_Runǁcustomer__mutmut_26 # type: ignore # mutmut generated
mutants_xǁ_Runǁcustomer__mutmut['xǁ_Runǁcustomer__mutmut_27'] = _Run.xǁ_Runǁcustomer__mutmut_27 # type: ignore # mutmut generated
mutants_xǁ_Runǁcustomer__mutmut['xǁ_Runǁcustomer__mutmut_28'] = _Run.xǁ_Runǁcustomer__mutmut_28 # type: ignore # mutmut generated
mutants_xǁ_Runǁcustomer__mutmut['xǁ_Runǁcustomer__mutmut_29'] = _Run.xǁ_Runǁcustomer__mutmut_29 # type: ignore # mutmut generated
mutants_xǁ_Runǁcustomer__mutmut['xǁ_Runǁcustomer__mutmut_30'] = _Run.xǁ_Runǁcustomer__mutmut_30 # type: ignore # mutmut generated
mutants_xǁ_Runǁcustomer__mutmut['xǁ_Runǁcustomer__mutmut_31'] = _Run.xǁ_Runǁcustomer__mutmut_31 # type: ignore # mutmut generated
mutants_xǁ_Runǁcustomer__mutmut['xǁ_Runǁcustomer__mutmut_32'] = _Run.xǁ_Runǁcustomer__mutmut_32 # type: ignore # mutmut generated
mutants_xǁ_Runǁcustomer__mutmut['xǁ_Runǁcustomer__mutmut_33'] = _Run.xǁ_Runǁcustomer__mutmut_33 # type: ignore # mutmut generated

mutants_xǁ_Runǁvehicle__mutmut['_mutmut_orig'] = _Run.xǁ_Runǁvehicle__mutmut_orig # type: ignore # mutmut generated
mutants_xǁ_Runǁvehicle__mutmut['xǁ_Runǁvehicle__mutmut_1'] = _Run.xǁ_Runǁvehicle__mutmut_1 # type: ignore # mutmut generated
mutants_xǁ_Runǁvehicle__mutmut['xǁ_Runǁvehicle__mutmut_2'] = _Run.xǁ_Runǁvehicle__mutmut_2 # type: ignore # mutmut generated
mutants_xǁ_Runǁvehicle__mutmut['xǁ_Runǁvehicle__mutmut_3'] = _Run.xǁ_Runǁvehicle__mutmut_3 # type: ignore # mutmut generated
mutants_xǁ_Runǁvehicle__mutmut['xǁ_Runǁvehicle__mutmut_4'] = _Run.xǁ_Runǁvehicle__mutmut_4 # type: ignore # mutmut generated
mutants_xǁ_Runǁvehicle__mutmut['xǁ_Runǁvehicle__mutmut_5'] = _Run.xǁ_Runǁvehicle__mutmut_5 # type: ignore # mutmut generated
mutants_xǁ_Runǁvehicle__mutmut['xǁ_Runǁvehicle__mutmut_6'] = _Run.xǁ_Runǁvehicle__mutmut_6 # type: ignore # mutmut generated
mutants_xǁ_Runǁvehicle__mutmut['xǁ_Runǁvehicle__mutmut_7'] = _Run.xǁ_Runǁvehicle__mutmut_7 # type: ignore # mutmut generated
mutants_xǁ_Runǁvehicle__mutmut['xǁ_Runǁvehicle__mutmut_8'] = _Run.xǁ_Runǁvehicle__mutmut_8 # type: ignore # mutmut generated
mutants_xǁ_Runǁvehicle__mutmut['xǁ_Runǁvehicle__mutmut_9'] = _Run.xǁ_Runǁvehicle__mutmut_9 # type: ignore # mutmut generated
mutants_xǁ_Runǁvehicle__mutmut['xǁ_Runǁvehicle__mutmut_10'] = _Run.xǁ_Runǁvehicle__mutmut_10 # type: ignore # mutmut generated
mutants_xǁ_Runǁvehicle__mutmut['xǁ_Runǁvehicle__mutmut_11'] = _Run.xǁ_Runǁvehicle__mutmut_11 # type: ignore # mutmut generated
mutants_xǁ_Runǁvehicle__mutmut['xǁ_Runǁvehicle__mutmut_12'] = _Run.xǁ_Runǁvehicle__mutmut_12 # type: ignore # mutmut generated
mutants_xǁ_Runǁvehicle__mutmut['xǁ_Runǁvehicle__mutmut_13'] = _Run.xǁ_Runǁvehicle__mutmut_13 # type: ignore # mutmut generated
mutants_xǁ_Runǁvehicle__mutmut['xǁ_Runǁvehicle__mutmut_14'] = _Run.xǁ_Runǁvehicle__mutmut_14 # type: ignore # mutmut generated
mutants_xǁ_Runǁvehicle__mutmut['xǁ_Runǁvehicle__mutmut_15'] = _Run.xǁ_Runǁvehicle__mutmut_15 # type: ignore # mutmut generated
mutants_xǁ_Runǁvehicle__mutmut['xǁ_Runǁvehicle__mutmut_16'] = _Run.xǁ_Runǁvehicle__mutmut_16 # type: ignore # mutmut generated
mutants_xǁ_Runǁvehicle__mutmut['xǁ_Runǁvehicle__mutmut_17'] = _Run.xǁ_Runǁvehicle__mutmut_17 # type: ignore # mutmut generated
mutants_xǁ_Runǁvehicle__mutmut['xǁ_Runǁvehicle__mutmut_18'] = _Run.xǁ_Runǁvehicle__mutmut_18 # type: ignore # mutmut generated
mutants_xǁ_Runǁvehicle__mutmut['xǁ_Runǁvehicle__mutmut_19'] = _Run.xǁ_Runǁvehicle__mutmut_19 # type: ignore # mutmut generated
mutants_xǁ_Runǁvehicle__mutmut['xǁ_Runǁvehicle__mutmut_20'] = _Run.xǁ_Runǁvehicle__mutmut_20 # type: ignore # mutmut generated
mutants_xǁ_Runǁvehicle__mutmut['xǁ_Runǁvehicle__mutmut_21'] = _Run.xǁ_Runǁvehicle__mutmut_21 # type: ignore # mutmut generated
mutants_xǁ_Runǁvehicle__mutmut['xǁ_Runǁvehicle__mutmut_22'] = _Run.xǁ_Runǁvehicle__mutmut_22 # type: ignore # mutmut generated

mutants_xǁ_Runǁunique__mutmut['_mutmut_orig'] = _Run.xǁ_Runǁunique__mutmut_orig # type: ignore # mutmut generated
mutants_xǁ_Runǁunique__mutmut['xǁ_Runǁunique__mutmut_1'] = _Run.xǁ_Runǁunique__mutmut_1 # type: ignore # mutmut generated
mutants_xǁ_Runǁunique__mutmut['xǁ_Runǁunique__mutmut_2'] = _Run.xǁ_Runǁunique__mutmut_2 # type: ignore # mutmut generated
mutants_xǁ_Runǁunique__mutmut['xǁ_Runǁunique__mutmut_3'] = _Run.xǁ_Runǁunique__mutmut_3 # type: ignore # mutmut generated
mutants_xǁ_Runǁunique__mutmut['xǁ_Runǁunique__mutmut_4'] = _Run.xǁ_Runǁunique__mutmut_4 # type: ignore # mutmut generated
mutants_xǁ_Runǁunique__mutmut['xǁ_Runǁunique__mutmut_5'] = _Run.xǁ_Runǁunique__mutmut_5 # type: ignore # mutmut generated
mutants_xǁ_Runǁunique__mutmut['xǁ_Runǁunique__mutmut_6'] = _Run.xǁ_Runǁunique__mutmut_6 # type: ignore # mutmut generated
mutants_xǁ_Runǁunique__mutmut['xǁ_Runǁunique__mutmut_7'] = _Run.xǁ_Runǁunique__mutmut_7 # type: ignore # mutmut generated
mutants_x__build_customer__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__build_customer__mutmut)
def _build_customer(run: _Run, table: TableMapping, values: dict[str, Any]) -> Customer:
    address = values.pop("address", None)
    postcode = values.pop("postcode", None)
    if address is not None:
        values["address"] = Address(address, postcode=postcode)
    elif postcode is not None:
        raise _Refused("postcode", "a postcode without an address")
    customer = Customer(version=1, **values)
    run.unique(run.customers, "number", customer.number)
    return customer


def x__build_customer__mutmut_orig(run: _Run, table: TableMapping, values: dict[str, Any]) -> Customer:
    address = values.pop("address", None)
    postcode = values.pop("postcode", None)
    if address is not None:
        values["address"] = Address(address, postcode=postcode)
    elif postcode is not None:
        raise _Refused("postcode", "a postcode without an address")
    customer = Customer(version=1, **values)
    run.unique(run.customers, "number", customer.number)
    return customer


def x__build_customer__mutmut_1(run: _Run, table: TableMapping, values: dict[str, Any]) -> Customer:
    address = None
    postcode = values.pop("postcode", None)
    if address is not None:
        values["address"] = Address(address, postcode=postcode)
    elif postcode is not None:
        raise _Refused("postcode", "a postcode without an address")
    customer = Customer(version=1, **values)
    run.unique(run.customers, "number", customer.number)
    return customer


def x__build_customer__mutmut_2(run: _Run, table: TableMapping, values: dict[str, Any]) -> Customer:
    address = values.pop(None, None)
    postcode = values.pop("postcode", None)
    if address is not None:
        values["address"] = Address(address, postcode=postcode)
    elif postcode is not None:
        raise _Refused("postcode", "a postcode without an address")
    customer = Customer(version=1, **values)
    run.unique(run.customers, "number", customer.number)
    return customer


def x__build_customer__mutmut_3(run: _Run, table: TableMapping, values: dict[str, Any]) -> Customer:
    address = values.pop(None)
    postcode = values.pop("postcode", None)
    if address is not None:
        values["address"] = Address(address, postcode=postcode)
    elif postcode is not None:
        raise _Refused("postcode", "a postcode without an address")
    customer = Customer(version=1, **values)
    run.unique(run.customers, "number", customer.number)
    return customer


def x__build_customer__mutmut_4(run: _Run, table: TableMapping, values: dict[str, Any]) -> Customer:
    address = values.pop("address", )
    postcode = values.pop("postcode", None)
    if address is not None:
        values["address"] = Address(address, postcode=postcode)
    elif postcode is not None:
        raise _Refused("postcode", "a postcode without an address")
    customer = Customer(version=1, **values)
    run.unique(run.customers, "number", customer.number)
    return customer


def x__build_customer__mutmut_5(run: _Run, table: TableMapping, values: dict[str, Any]) -> Customer:
    address = values.pop("XXaddressXX", None)
    postcode = values.pop("postcode", None)
    if address is not None:
        values["address"] = Address(address, postcode=postcode)
    elif postcode is not None:
        raise _Refused("postcode", "a postcode without an address")
    customer = Customer(version=1, **values)
    run.unique(run.customers, "number", customer.number)
    return customer


def x__build_customer__mutmut_6(run: _Run, table: TableMapping, values: dict[str, Any]) -> Customer:
    address = values.pop("ADDRESS", None)
    postcode = values.pop("postcode", None)
    if address is not None:
        values["address"] = Address(address, postcode=postcode)
    elif postcode is not None:
        raise _Refused("postcode", "a postcode without an address")
    customer = Customer(version=1, **values)
    run.unique(run.customers, "number", customer.number)
    return customer


def x__build_customer__mutmut_7(run: _Run, table: TableMapping, values: dict[str, Any]) -> Customer:
    address = values.pop("address", None)
    postcode = None
    if address is not None:
        values["address"] = Address(address, postcode=postcode)
    elif postcode is not None:
        raise _Refused("postcode", "a postcode without an address")
    customer = Customer(version=1, **values)
    run.unique(run.customers, "number", customer.number)
    return customer


def x__build_customer__mutmut_8(run: _Run, table: TableMapping, values: dict[str, Any]) -> Customer:
    address = values.pop("address", None)
    postcode = values.pop(None, None)
    if address is not None:
        values["address"] = Address(address, postcode=postcode)
    elif postcode is not None:
        raise _Refused("postcode", "a postcode without an address")
    customer = Customer(version=1, **values)
    run.unique(run.customers, "number", customer.number)
    return customer


def x__build_customer__mutmut_9(run: _Run, table: TableMapping, values: dict[str, Any]) -> Customer:
    address = values.pop("address", None)
    postcode = values.pop(None)
    if address is not None:
        values["address"] = Address(address, postcode=postcode)
    elif postcode is not None:
        raise _Refused("postcode", "a postcode without an address")
    customer = Customer(version=1, **values)
    run.unique(run.customers, "number", customer.number)
    return customer


def x__build_customer__mutmut_10(run: _Run, table: TableMapping, values: dict[str, Any]) -> Customer:
    address = values.pop("address", None)
    postcode = values.pop("postcode", )
    if address is not None:
        values["address"] = Address(address, postcode=postcode)
    elif postcode is not None:
        raise _Refused("postcode", "a postcode without an address")
    customer = Customer(version=1, **values)
    run.unique(run.customers, "number", customer.number)
    return customer


def x__build_customer__mutmut_11(run: _Run, table: TableMapping, values: dict[str, Any]) -> Customer:
    address = values.pop("address", None)
    postcode = values.pop("XXpostcodeXX", None)
    if address is not None:
        values["address"] = Address(address, postcode=postcode)
    elif postcode is not None:
        raise _Refused("postcode", "a postcode without an address")
    customer = Customer(version=1, **values)
    run.unique(run.customers, "number", customer.number)
    return customer


def x__build_customer__mutmut_12(run: _Run, table: TableMapping, values: dict[str, Any]) -> Customer:
    address = values.pop("address", None)
    postcode = values.pop("POSTCODE", None)
    if address is not None:
        values["address"] = Address(address, postcode=postcode)
    elif postcode is not None:
        raise _Refused("postcode", "a postcode without an address")
    customer = Customer(version=1, **values)
    run.unique(run.customers, "number", customer.number)
    return customer


def x__build_customer__mutmut_13(run: _Run, table: TableMapping, values: dict[str, Any]) -> Customer:
    address = values.pop("address", None)
    postcode = values.pop("postcode", None)
    if address is None:
        values["address"] = Address(address, postcode=postcode)
    elif postcode is not None:
        raise _Refused("postcode", "a postcode without an address")
    customer = Customer(version=1, **values)
    run.unique(run.customers, "number", customer.number)
    return customer


def x__build_customer__mutmut_14(run: _Run, table: TableMapping, values: dict[str, Any]) -> Customer:
    address = values.pop("address", None)
    postcode = values.pop("postcode", None)
    if address is not None:
        values["address"] = None
    elif postcode is not None:
        raise _Refused("postcode", "a postcode without an address")
    customer = Customer(version=1, **values)
    run.unique(run.customers, "number", customer.number)
    return customer


def x__build_customer__mutmut_15(run: _Run, table: TableMapping, values: dict[str, Any]) -> Customer:
    address = values.pop("address", None)
    postcode = values.pop("postcode", None)
    if address is not None:
        values["XXaddressXX"] = Address(address, postcode=postcode)
    elif postcode is not None:
        raise _Refused("postcode", "a postcode without an address")
    customer = Customer(version=1, **values)
    run.unique(run.customers, "number", customer.number)
    return customer


def x__build_customer__mutmut_16(run: _Run, table: TableMapping, values: dict[str, Any]) -> Customer:
    address = values.pop("address", None)
    postcode = values.pop("postcode", None)
    if address is not None:
        values["ADDRESS"] = Address(address, postcode=postcode)
    elif postcode is not None:
        raise _Refused("postcode", "a postcode without an address")
    customer = Customer(version=1, **values)
    run.unique(run.customers, "number", customer.number)
    return customer


def x__build_customer__mutmut_17(run: _Run, table: TableMapping, values: dict[str, Any]) -> Customer:
    address = values.pop("address", None)
    postcode = values.pop("postcode", None)
    if address is not None:
        values["address"] = Address(None, postcode=postcode)
    elif postcode is not None:
        raise _Refused("postcode", "a postcode without an address")
    customer = Customer(version=1, **values)
    run.unique(run.customers, "number", customer.number)
    return customer


def x__build_customer__mutmut_18(run: _Run, table: TableMapping, values: dict[str, Any]) -> Customer:
    address = values.pop("address", None)
    postcode = values.pop("postcode", None)
    if address is not None:
        values["address"] = Address(address, postcode=None)
    elif postcode is not None:
        raise _Refused("postcode", "a postcode without an address")
    customer = Customer(version=1, **values)
    run.unique(run.customers, "number", customer.number)
    return customer


def x__build_customer__mutmut_19(run: _Run, table: TableMapping, values: dict[str, Any]) -> Customer:
    address = values.pop("address", None)
    postcode = values.pop("postcode", None)
    if address is not None:
        values["address"] = Address(postcode=postcode)
    elif postcode is not None:
        raise _Refused("postcode", "a postcode without an address")
    customer = Customer(version=1, **values)
    run.unique(run.customers, "number", customer.number)
    return customer


def x__build_customer__mutmut_20(run: _Run, table: TableMapping, values: dict[str, Any]) -> Customer:
    address = values.pop("address", None)
    postcode = values.pop("postcode", None)
    if address is not None:
        values["address"] = Address(address, )
    elif postcode is not None:
        raise _Refused("postcode", "a postcode without an address")
    customer = Customer(version=1, **values)
    run.unique(run.customers, "number", customer.number)
    return customer


def x__build_customer__mutmut_21(run: _Run, table: TableMapping, values: dict[str, Any]) -> Customer:
    address = values.pop("address", None)
    postcode = values.pop("postcode", None)
    if address is not None:
        values["address"] = Address(address, postcode=postcode)
    elif postcode is None:
        raise _Refused("postcode", "a postcode without an address")
    customer = Customer(version=1, **values)
    run.unique(run.customers, "number", customer.number)
    return customer


def x__build_customer__mutmut_22(run: _Run, table: TableMapping, values: dict[str, Any]) -> Customer:
    address = values.pop("address", None)
    postcode = values.pop("postcode", None)
    if address is not None:
        values["address"] = Address(address, postcode=postcode)
    elif postcode is not None:
        raise _Refused(None, "a postcode without an address")
    customer = Customer(version=1, **values)
    run.unique(run.customers, "number", customer.number)
    return customer


def x__build_customer__mutmut_23(run: _Run, table: TableMapping, values: dict[str, Any]) -> Customer:
    address = values.pop("address", None)
    postcode = values.pop("postcode", None)
    if address is not None:
        values["address"] = Address(address, postcode=postcode)
    elif postcode is not None:
        raise _Refused("postcode", None)
    customer = Customer(version=1, **values)
    run.unique(run.customers, "number", customer.number)
    return customer


def x__build_customer__mutmut_24(run: _Run, table: TableMapping, values: dict[str, Any]) -> Customer:
    address = values.pop("address", None)
    postcode = values.pop("postcode", None)
    if address is not None:
        values["address"] = Address(address, postcode=postcode)
    elif postcode is not None:
        raise _Refused("a postcode without an address")
    customer = Customer(version=1, **values)
    run.unique(run.customers, "number", customer.number)
    return customer


def x__build_customer__mutmut_25(run: _Run, table: TableMapping, values: dict[str, Any]) -> Customer:
    address = values.pop("address", None)
    postcode = values.pop("postcode", None)
    if address is not None:
        values["address"] = Address(address, postcode=postcode)
    elif postcode is not None:
        raise _Refused("postcode", )
    customer = Customer(version=1, **values)
    run.unique(run.customers, "number", customer.number)
    return customer


def x__build_customer__mutmut_26(run: _Run, table: TableMapping, values: dict[str, Any]) -> Customer:
    address = values.pop("address", None)
    postcode = values.pop("postcode", None)
    if address is not None:
        values["address"] = Address(address, postcode=postcode)
    elif postcode is not None:
        raise _Refused("XXpostcodeXX", "a postcode without an address")
    customer = Customer(version=1, **values)
    run.unique(run.customers, "number", customer.number)
    return customer


def x__build_customer__mutmut_27(run: _Run, table: TableMapping, values: dict[str, Any]) -> Customer:
    address = values.pop("address", None)
    postcode = values.pop("postcode", None)
    if address is not None:
        values["address"] = Address(address, postcode=postcode)
    elif postcode is not None:
        raise _Refused("POSTCODE", "a postcode without an address")
    customer = Customer(version=1, **values)
    run.unique(run.customers, "number", customer.number)
    return customer


def x__build_customer__mutmut_28(run: _Run, table: TableMapping, values: dict[str, Any]) -> Customer:
    address = values.pop("address", None)
    postcode = values.pop("postcode", None)
    if address is not None:
        values["address"] = Address(address, postcode=postcode)
    elif postcode is not None:
        raise _Refused("postcode", "XXa postcode without an addressXX")
    customer = Customer(version=1, **values)
    run.unique(run.customers, "number", customer.number)
    return customer


def x__build_customer__mutmut_29(run: _Run, table: TableMapping, values: dict[str, Any]) -> Customer:
    address = values.pop("address", None)
    postcode = values.pop("postcode", None)
    if address is not None:
        values["address"] = Address(address, postcode=postcode)
    elif postcode is not None:
        raise _Refused("postcode", "A POSTCODE WITHOUT AN ADDRESS")
    customer = Customer(version=1, **values)
    run.unique(run.customers, "number", customer.number)
    return customer


def x__build_customer__mutmut_30(run: _Run, table: TableMapping, values: dict[str, Any]) -> Customer:
    address = values.pop("address", None)
    postcode = values.pop("postcode", None)
    if address is not None:
        values["address"] = Address(address, postcode=postcode)
    elif postcode is not None:
        raise _Refused("postcode", "a postcode without an address")
    customer = None
    run.unique(run.customers, "number", customer.number)
    return customer


def x__build_customer__mutmut_31(run: _Run, table: TableMapping, values: dict[str, Any]) -> Customer:
    address = values.pop("address", None)
    postcode = values.pop("postcode", None)
    if address is not None:
        values["address"] = Address(address, postcode=postcode)
    elif postcode is not None:
        raise _Refused("postcode", "a postcode without an address")
    customer = Customer(version=None, **values)
    run.unique(run.customers, "number", customer.number)
    return customer


def x__build_customer__mutmut_32(run: _Run, table: TableMapping, values: dict[str, Any]) -> Customer:
    address = values.pop("address", None)
    postcode = values.pop("postcode", None)
    if address is not None:
        values["address"] = Address(address, postcode=postcode)
    elif postcode is not None:
        raise _Refused("postcode", "a postcode without an address")
    customer = Customer(**values)
    run.unique(run.customers, "number", customer.number)
    return customer


def x__build_customer__mutmut_33(run: _Run, table: TableMapping, values: dict[str, Any]) -> Customer:
    address = values.pop("address", None)
    postcode = values.pop("postcode", None)
    if address is not None:
        values["address"] = Address(address, postcode=postcode)
    elif postcode is not None:
        raise _Refused("postcode", "a postcode without an address")
    customer = Customer(version=1, )
    run.unique(run.customers, "number", customer.number)
    return customer


def x__build_customer__mutmut_34(run: _Run, table: TableMapping, values: dict[str, Any]) -> Customer:
    address = values.pop("address", None)
    postcode = values.pop("postcode", None)
    if address is not None:
        values["address"] = Address(address, postcode=postcode)
    elif postcode is not None:
        raise _Refused("postcode", "a postcode without an address")
    customer = Customer(version=2, **values)
    run.unique(run.customers, "number", customer.number)
    return customer


def x__build_customer__mutmut_35(run: _Run, table: TableMapping, values: dict[str, Any]) -> Customer:
    address = values.pop("address", None)
    postcode = values.pop("postcode", None)
    if address is not None:
        values["address"] = Address(address, postcode=postcode)
    elif postcode is not None:
        raise _Refused("postcode", "a postcode without an address")
    customer = Customer(version=1, **values)
    run.unique(None, "number", customer.number)
    return customer


def x__build_customer__mutmut_36(run: _Run, table: TableMapping, values: dict[str, Any]) -> Customer:
    address = values.pop("address", None)
    postcode = values.pop("postcode", None)
    if address is not None:
        values["address"] = Address(address, postcode=postcode)
    elif postcode is not None:
        raise _Refused("postcode", "a postcode without an address")
    customer = Customer(version=1, **values)
    run.unique(run.customers, None, customer.number)
    return customer


def x__build_customer__mutmut_37(run: _Run, table: TableMapping, values: dict[str, Any]) -> Customer:
    address = values.pop("address", None)
    postcode = values.pop("postcode", None)
    if address is not None:
        values["address"] = Address(address, postcode=postcode)
    elif postcode is not None:
        raise _Refused("postcode", "a postcode without an address")
    customer = Customer(version=1, **values)
    run.unique(run.customers, "number", None)
    return customer


def x__build_customer__mutmut_38(run: _Run, table: TableMapping, values: dict[str, Any]) -> Customer:
    address = values.pop("address", None)
    postcode = values.pop("postcode", None)
    if address is not None:
        values["address"] = Address(address, postcode=postcode)
    elif postcode is not None:
        raise _Refused("postcode", "a postcode without an address")
    customer = Customer(version=1, **values)
    run.unique("number", customer.number)
    return customer


def x__build_customer__mutmut_39(run: _Run, table: TableMapping, values: dict[str, Any]) -> Customer:
    address = values.pop("address", None)
    postcode = values.pop("postcode", None)
    if address is not None:
        values["address"] = Address(address, postcode=postcode)
    elif postcode is not None:
        raise _Refused("postcode", "a postcode without an address")
    customer = Customer(version=1, **values)
    run.unique(run.customers, customer.number)
    return customer


def x__build_customer__mutmut_40(run: _Run, table: TableMapping, values: dict[str, Any]) -> Customer:
    address = values.pop("address", None)
    postcode = values.pop("postcode", None)
    if address is not None:
        values["address"] = Address(address, postcode=postcode)
    elif postcode is not None:
        raise _Refused("postcode", "a postcode without an address")
    customer = Customer(version=1, **values)
    run.unique(run.customers, "number", )
    return customer


def x__build_customer__mutmut_41(run: _Run, table: TableMapping, values: dict[str, Any]) -> Customer:
    address = values.pop("address", None)
    postcode = values.pop("postcode", None)
    if address is not None:
        values["address"] = Address(address, postcode=postcode)
    elif postcode is not None:
        raise _Refused("postcode", "a postcode without an address")
    customer = Customer(version=1, **values)
    run.unique(run.customers, "XXnumberXX", customer.number)
    return customer


def x__build_customer__mutmut_42(run: _Run, table: TableMapping, values: dict[str, Any]) -> Customer:
    address = values.pop("address", None)
    postcode = values.pop("postcode", None)
    if address is not None:
        values["address"] = Address(address, postcode=postcode)
    elif postcode is not None:
        raise _Refused("postcode", "a postcode without an address")
    customer = Customer(version=1, **values)
    run.unique(run.customers, "NUMBER", customer.number)
    return customer

mutants_x__build_customer__mutmut['_mutmut_orig'] = x__build_customer__mutmut_orig # type: ignore # mutmut generated
mutants_x__build_customer__mutmut['x__build_customer__mutmut_1'] = x__build_customer__mutmut_1 # type: ignore # mutmut generated
mutants_x__build_customer__mutmut['x__build_customer__mutmut_2'] = x__build_customer__mutmut_2 # type: ignore # mutmut generated
mutants_x__build_customer__mutmut['x__build_customer__mutmut_3'] = x__build_customer__mutmut_3 # type: ignore # mutmut generated
mutants_x__build_customer__mutmut['x__build_customer__mutmut_4'] = x__build_customer__mutmut_4 # type: ignore # mutmut generated
mutants_x__build_customer__mutmut['x__build_customer__mutmut_5'] = x__build_customer__mutmut_5 # type: ignore # mutmut generated
mutants_x__build_customer__mutmut['x__build_customer__mutmut_6'] = x__build_customer__mutmut_6 # type: ignore # mutmut generated
mutants_x__build_customer__mutmut['x__build_customer__mutmut_7'] = x__build_customer__mutmut_7 # type: ignore # mutmut generated
mutants_x__build_customer__mutmut['x__build_customer__mutmut_8'] = x__build_customer__mutmut_8 # type: ignore # mutmut generated
mutants_x__build_customer__mutmut['x__build_customer__mutmut_9'] = x__build_customer__mutmut_9 # type: ignore # mutmut generated
mutants_x__build_customer__mutmut['x__build_customer__mutmut_10'] = x__build_customer__mutmut_10 # type: ignore # mutmut generated
mutants_x__build_customer__mutmut['x__build_customer__mutmut_11'] = x__build_customer__mutmut_11 # type: ignore # mutmut generated
mutants_x__build_customer__mutmut['x__build_customer__mutmut_12'] = x__build_customer__mutmut_12 # type: ignore # mutmut generated
mutants_x__build_customer__mutmut['x__build_customer__mutmut_13'] = x__build_customer__mutmut_13 # type: ignore # mutmut generated
mutants_x__build_customer__mutmut['x__build_customer__mutmut_14'] = x__build_customer__mutmut_14 # type: ignore # mutmut generated
mutants_x__build_customer__mutmut['x__build_customer__mutmut_15'] = x__build_customer__mutmut_15 # type: ignore # mutmut generated
mutants_x__build_customer__mutmut['x__build_customer__mutmut_16'] = x__build_customer__mutmut_16 # type: ignore # mutmut generated
mutants_x__build_customer__mutmut['x__build_customer__mutmut_17'] = x__build_customer__mutmut_17 # type: ignore # mutmut generated
mutants_x__build_customer__mutmut['x__build_customer__mutmut_18'] = x__build_customer__mutmut_18 # type: ignore # mutmut generated
mutants_x__build_customer__mutmut['x__build_customer__mutmut_19'] = x__build_customer__mutmut_19 # type: ignore # mutmut generated
mutants_x__build_customer__mutmut['x__build_customer__mutmut_20'] = x__build_customer__mutmut_20 # type: ignore # mutmut generated
mutants_x__build_customer__mutmut['x__build_customer__mutmut_21'] = x__build_customer__mutmut_21 # type: ignore # mutmut generated
mutants_x__build_customer__mutmut['x__build_customer__mutmut_22'] = x__build_customer__mutmut_22 # type: ignore # mutmut generated
mutants_x__build_customer__mutmut['x__build_customer__mutmut_23'] = x__build_customer__mutmut_23 # type: ignore # mutmut generated
mutants_x__build_customer__mutmut['x__build_customer__mutmut_24'] = x__build_customer__mutmut_24 # type: ignore # mutmut generated
mutants_x__build_customer__mutmut['x__build_customer__mutmut_25'] = x__build_customer__mutmut_25 # type: ignore # mutmut generated
mutants_x__build_customer__mutmut['x__build_customer__mutmut_26'] = x__build_customer__mutmut_26 # type: ignore # mutmut generated
mutants_x__build_customer__mutmut['x__build_customer__mutmut_27'] = x__build_customer__mutmut_27 # type: ignore # mutmut generated
mutants_x__build_customer__mutmut['x__build_customer__mutmut_28'] = x__build_customer__mutmut_28 # type: ignore # mutmut generated
mutants_x__build_customer__mutmut['x__build_customer__mutmut_29'] = x__build_customer__mutmut_29 # type: ignore # mutmut generated
mutants_x__build_customer__mutmut['x__build_customer__mutmut_30'] = x__build_customer__mutmut_30 # type: ignore # mutmut generated
mutants_x__build_customer__mutmut['x__build_customer__mutmut_31'] = x__build_customer__mutmut_31 # type: ignore # mutmut generated
mutants_x__build_customer__mutmut['x__build_customer__mutmut_32'] = x__build_customer__mutmut_32 # type: ignore # mutmut generated
mutants_x__build_customer__mutmut['x__build_customer__mutmut_33'] = x__build_customer__mutmut_33 # type: ignore # mutmut generated
mutants_x__build_customer__mutmut['x__build_customer__mutmut_34'] = x__build_customer__mutmut_34 # type: ignore # mutmut generated
mutants_x__build_customer__mutmut['x__build_customer__mutmut_35'] = x__build_customer__mutmut_35 # type: ignore # mutmut generated
mutants_x__build_customer__mutmut['x__build_customer__mutmut_36'] = x__build_customer__mutmut_36 # type: ignore # mutmut generated
mutants_x__build_customer__mutmut['x__build_customer__mutmut_37'] = x__build_customer__mutmut_37 # type: ignore # mutmut generated
mutants_x__build_customer__mutmut['x__build_customer__mutmut_38'] = x__build_customer__mutmut_38 # type: ignore # mutmut generated
mutants_x__build_customer__mutmut['x__build_customer__mutmut_39'] = x__build_customer__mutmut_39 # type: ignore # mutmut generated
mutants_x__build_customer__mutmut['x__build_customer__mutmut_40'] = x__build_customer__mutmut_40 # type: ignore # mutmut generated
mutants_x__build_customer__mutmut['x__build_customer__mutmut_41'] = x__build_customer__mutmut_41 # type: ignore # mutmut generated
mutants_x__build_customer__mutmut['x__build_customer__mutmut_42'] = x__build_customer__mutmut_42 # type: ignore # mutmut generated
mutants_x__build_vehicle__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__build_vehicle__mutmut)
def _build_vehicle(run: _Run, table: TableMapping, values: dict[str, Any]) -> Vehicle:
    vehicle = Vehicle(version=1, **values)
    if vehicle.customer_number not in run.customers:
        problem = f"customer {shown(vehicle.customer_number)} is not among the imported customers"
        raise _Refused("customer_number", problem)
    if vehicle.vin in run.vehicles:
        raise _Refused("vin", f"{shown(vehicle.vin)} appears twice in the import")
    run.vehicles[vehicle.vin] = vehicle.customer_number
    return vehicle


def x__build_vehicle__mutmut_orig(run: _Run, table: TableMapping, values: dict[str, Any]) -> Vehicle:
    vehicle = Vehicle(version=1, **values)
    if vehicle.customer_number not in run.customers:
        problem = f"customer {shown(vehicle.customer_number)} is not among the imported customers"
        raise _Refused("customer_number", problem)
    if vehicle.vin in run.vehicles:
        raise _Refused("vin", f"{shown(vehicle.vin)} appears twice in the import")
    run.vehicles[vehicle.vin] = vehicle.customer_number
    return vehicle


def x__build_vehicle__mutmut_1(run: _Run, table: TableMapping, values: dict[str, Any]) -> Vehicle:
    vehicle = None
    if vehicle.customer_number not in run.customers:
        problem = f"customer {shown(vehicle.customer_number)} is not among the imported customers"
        raise _Refused("customer_number", problem)
    if vehicle.vin in run.vehicles:
        raise _Refused("vin", f"{shown(vehicle.vin)} appears twice in the import")
    run.vehicles[vehicle.vin] = vehicle.customer_number
    return vehicle


def x__build_vehicle__mutmut_2(run: _Run, table: TableMapping, values: dict[str, Any]) -> Vehicle:
    vehicle = Vehicle(version=None, **values)
    if vehicle.customer_number not in run.customers:
        problem = f"customer {shown(vehicle.customer_number)} is not among the imported customers"
        raise _Refused("customer_number", problem)
    if vehicle.vin in run.vehicles:
        raise _Refused("vin", f"{shown(vehicle.vin)} appears twice in the import")
    run.vehicles[vehicle.vin] = vehicle.customer_number
    return vehicle


def x__build_vehicle__mutmut_3(run: _Run, table: TableMapping, values: dict[str, Any]) -> Vehicle:
    vehicle = Vehicle(**values)
    if vehicle.customer_number not in run.customers:
        problem = f"customer {shown(vehicle.customer_number)} is not among the imported customers"
        raise _Refused("customer_number", problem)
    if vehicle.vin in run.vehicles:
        raise _Refused("vin", f"{shown(vehicle.vin)} appears twice in the import")
    run.vehicles[vehicle.vin] = vehicle.customer_number
    return vehicle


def x__build_vehicle__mutmut_4(run: _Run, table: TableMapping, values: dict[str, Any]) -> Vehicle:
    vehicle = Vehicle(version=1, )
    if vehicle.customer_number not in run.customers:
        problem = f"customer {shown(vehicle.customer_number)} is not among the imported customers"
        raise _Refused("customer_number", problem)
    if vehicle.vin in run.vehicles:
        raise _Refused("vin", f"{shown(vehicle.vin)} appears twice in the import")
    run.vehicles[vehicle.vin] = vehicle.customer_number
    return vehicle


def x__build_vehicle__mutmut_5(run: _Run, table: TableMapping, values: dict[str, Any]) -> Vehicle:
    vehicle = Vehicle(version=2, **values)
    if vehicle.customer_number not in run.customers:
        problem = f"customer {shown(vehicle.customer_number)} is not among the imported customers"
        raise _Refused("customer_number", problem)
    if vehicle.vin in run.vehicles:
        raise _Refused("vin", f"{shown(vehicle.vin)} appears twice in the import")
    run.vehicles[vehicle.vin] = vehicle.customer_number
    return vehicle


def x__build_vehicle__mutmut_6(run: _Run, table: TableMapping, values: dict[str, Any]) -> Vehicle:
    vehicle = Vehicle(version=1, **values)
    if vehicle.customer_number in run.customers:
        problem = f"customer {shown(vehicle.customer_number)} is not among the imported customers"
        raise _Refused("customer_number", problem)
    if vehicle.vin in run.vehicles:
        raise _Refused("vin", f"{shown(vehicle.vin)} appears twice in the import")
    run.vehicles[vehicle.vin] = vehicle.customer_number
    return vehicle


def x__build_vehicle__mutmut_7(run: _Run, table: TableMapping, values: dict[str, Any]) -> Vehicle:
    vehicle = Vehicle(version=1, **values)
    if vehicle.customer_number not in run.customers:
        problem = None
        raise _Refused("customer_number", problem)
    if vehicle.vin in run.vehicles:
        raise _Refused("vin", f"{shown(vehicle.vin)} appears twice in the import")
    run.vehicles[vehicle.vin] = vehicle.customer_number
    return vehicle


def x__build_vehicle__mutmut_8(run: _Run, table: TableMapping, values: dict[str, Any]) -> Vehicle:
    vehicle = Vehicle(version=1, **values)
    if vehicle.customer_number not in run.customers:
        problem = f"customer {shown(None)} is not among the imported customers"
        raise _Refused("customer_number", problem)
    if vehicle.vin in run.vehicles:
        raise _Refused("vin", f"{shown(vehicle.vin)} appears twice in the import")
    run.vehicles[vehicle.vin] = vehicle.customer_number
    return vehicle


def x__build_vehicle__mutmut_9(run: _Run, table: TableMapping, values: dict[str, Any]) -> Vehicle:
    vehicle = Vehicle(version=1, **values)
    if vehicle.customer_number not in run.customers:
        problem = f"customer {shown(vehicle.customer_number)} is not among the imported customers"
        raise _Refused(None, problem)
    if vehicle.vin in run.vehicles:
        raise _Refused("vin", f"{shown(vehicle.vin)} appears twice in the import")
    run.vehicles[vehicle.vin] = vehicle.customer_number
    return vehicle


def x__build_vehicle__mutmut_10(run: _Run, table: TableMapping, values: dict[str, Any]) -> Vehicle:
    vehicle = Vehicle(version=1, **values)
    if vehicle.customer_number not in run.customers:
        problem = f"customer {shown(vehicle.customer_number)} is not among the imported customers"
        raise _Refused("customer_number", None)
    if vehicle.vin in run.vehicles:
        raise _Refused("vin", f"{shown(vehicle.vin)} appears twice in the import")
    run.vehicles[vehicle.vin] = vehicle.customer_number
    return vehicle


def x__build_vehicle__mutmut_11(run: _Run, table: TableMapping, values: dict[str, Any]) -> Vehicle:
    vehicle = Vehicle(version=1, **values)
    if vehicle.customer_number not in run.customers:
        problem = f"customer {shown(vehicle.customer_number)} is not among the imported customers"
        raise _Refused(problem)
    if vehicle.vin in run.vehicles:
        raise _Refused("vin", f"{shown(vehicle.vin)} appears twice in the import")
    run.vehicles[vehicle.vin] = vehicle.customer_number
    return vehicle


def x__build_vehicle__mutmut_12(run: _Run, table: TableMapping, values: dict[str, Any]) -> Vehicle:
    vehicle = Vehicle(version=1, **values)
    if vehicle.customer_number not in run.customers:
        problem = f"customer {shown(vehicle.customer_number)} is not among the imported customers"
        raise _Refused("customer_number", )
    if vehicle.vin in run.vehicles:
        raise _Refused("vin", f"{shown(vehicle.vin)} appears twice in the import")
    run.vehicles[vehicle.vin] = vehicle.customer_number
    return vehicle


def x__build_vehicle__mutmut_13(run: _Run, table: TableMapping, values: dict[str, Any]) -> Vehicle:
    vehicle = Vehicle(version=1, **values)
    if vehicle.customer_number not in run.customers:
        problem = f"customer {shown(vehicle.customer_number)} is not among the imported customers"
        raise _Refused("XXcustomer_numberXX", problem)
    if vehicle.vin in run.vehicles:
        raise _Refused("vin", f"{shown(vehicle.vin)} appears twice in the import")
    run.vehicles[vehicle.vin] = vehicle.customer_number
    return vehicle


def x__build_vehicle__mutmut_14(run: _Run, table: TableMapping, values: dict[str, Any]) -> Vehicle:
    vehicle = Vehicle(version=1, **values)
    if vehicle.customer_number not in run.customers:
        problem = f"customer {shown(vehicle.customer_number)} is not among the imported customers"
        raise _Refused("CUSTOMER_NUMBER", problem)
    if vehicle.vin in run.vehicles:
        raise _Refused("vin", f"{shown(vehicle.vin)} appears twice in the import")
    run.vehicles[vehicle.vin] = vehicle.customer_number
    return vehicle


def x__build_vehicle__mutmut_15(run: _Run, table: TableMapping, values: dict[str, Any]) -> Vehicle:
    vehicle = Vehicle(version=1, **values)
    if vehicle.customer_number not in run.customers:
        problem = f"customer {shown(vehicle.customer_number)} is not among the imported customers"
        raise _Refused("customer_number", problem)
    if vehicle.vin not in run.vehicles:
        raise _Refused("vin", f"{shown(vehicle.vin)} appears twice in the import")
    run.vehicles[vehicle.vin] = vehicle.customer_number
    return vehicle


def x__build_vehicle__mutmut_16(run: _Run, table: TableMapping, values: dict[str, Any]) -> Vehicle:
    vehicle = Vehicle(version=1, **values)
    if vehicle.customer_number not in run.customers:
        problem = f"customer {shown(vehicle.customer_number)} is not among the imported customers"
        raise _Refused("customer_number", problem)
    if vehicle.vin in run.vehicles:
        raise _Refused(None, f"{shown(vehicle.vin)} appears twice in the import")
    run.vehicles[vehicle.vin] = vehicle.customer_number
    return vehicle


def x__build_vehicle__mutmut_17(run: _Run, table: TableMapping, values: dict[str, Any]) -> Vehicle:
    vehicle = Vehicle(version=1, **values)
    if vehicle.customer_number not in run.customers:
        problem = f"customer {shown(vehicle.customer_number)} is not among the imported customers"
        raise _Refused("customer_number", problem)
    if vehicle.vin in run.vehicles:
        raise _Refused("vin", None)
    run.vehicles[vehicle.vin] = vehicle.customer_number
    return vehicle


def x__build_vehicle__mutmut_18(run: _Run, table: TableMapping, values: dict[str, Any]) -> Vehicle:
    vehicle = Vehicle(version=1, **values)
    if vehicle.customer_number not in run.customers:
        problem = f"customer {shown(vehicle.customer_number)} is not among the imported customers"
        raise _Refused("customer_number", problem)
    if vehicle.vin in run.vehicles:
        raise _Refused(f"{shown(vehicle.vin)} appears twice in the import")
    run.vehicles[vehicle.vin] = vehicle.customer_number
    return vehicle


def x__build_vehicle__mutmut_19(run: _Run, table: TableMapping, values: dict[str, Any]) -> Vehicle:
    vehicle = Vehicle(version=1, **values)
    if vehicle.customer_number not in run.customers:
        problem = f"customer {shown(vehicle.customer_number)} is not among the imported customers"
        raise _Refused("customer_number", problem)
    if vehicle.vin in run.vehicles:
        raise _Refused("vin", )
    run.vehicles[vehicle.vin] = vehicle.customer_number
    return vehicle


def x__build_vehicle__mutmut_20(run: _Run, table: TableMapping, values: dict[str, Any]) -> Vehicle:
    vehicle = Vehicle(version=1, **values)
    if vehicle.customer_number not in run.customers:
        problem = f"customer {shown(vehicle.customer_number)} is not among the imported customers"
        raise _Refused("customer_number", problem)
    if vehicle.vin in run.vehicles:
        raise _Refused("XXvinXX", f"{shown(vehicle.vin)} appears twice in the import")
    run.vehicles[vehicle.vin] = vehicle.customer_number
    return vehicle


def x__build_vehicle__mutmut_21(run: _Run, table: TableMapping, values: dict[str, Any]) -> Vehicle:
    vehicle = Vehicle(version=1, **values)
    if vehicle.customer_number not in run.customers:
        problem = f"customer {shown(vehicle.customer_number)} is not among the imported customers"
        raise _Refused("customer_number", problem)
    if vehicle.vin in run.vehicles:
        raise _Refused("VIN", f"{shown(vehicle.vin)} appears twice in the import")
    run.vehicles[vehicle.vin] = vehicle.customer_number
    return vehicle


def x__build_vehicle__mutmut_22(run: _Run, table: TableMapping, values: dict[str, Any]) -> Vehicle:
    vehicle = Vehicle(version=1, **values)
    if vehicle.customer_number not in run.customers:
        problem = f"customer {shown(vehicle.customer_number)} is not among the imported customers"
        raise _Refused("customer_number", problem)
    if vehicle.vin in run.vehicles:
        raise _Refused("vin", f"{shown(None)} appears twice in the import")
    run.vehicles[vehicle.vin] = vehicle.customer_number
    return vehicle


def x__build_vehicle__mutmut_23(run: _Run, table: TableMapping, values: dict[str, Any]) -> Vehicle:
    vehicle = Vehicle(version=1, **values)
    if vehicle.customer_number not in run.customers:
        problem = f"customer {shown(vehicle.customer_number)} is not among the imported customers"
        raise _Refused("customer_number", problem)
    if vehicle.vin in run.vehicles:
        raise _Refused("vin", f"{shown(vehicle.vin)} appears twice in the import")
    run.vehicles[vehicle.vin] = None
    return vehicle

mutants_x__build_vehicle__mutmut['_mutmut_orig'] = x__build_vehicle__mutmut_orig # type: ignore # mutmut generated
mutants_x__build_vehicle__mutmut['x__build_vehicle__mutmut_1'] = x__build_vehicle__mutmut_1 # type: ignore # mutmut generated
mutants_x__build_vehicle__mutmut['x__build_vehicle__mutmut_2'] = x__build_vehicle__mutmut_2 # type: ignore # mutmut generated
mutants_x__build_vehicle__mutmut['x__build_vehicle__mutmut_3'] = x__build_vehicle__mutmut_3 # type: ignore # mutmut generated
mutants_x__build_vehicle__mutmut['x__build_vehicle__mutmut_4'] = x__build_vehicle__mutmut_4 # type: ignore # mutmut generated
mutants_x__build_vehicle__mutmut['x__build_vehicle__mutmut_5'] = x__build_vehicle__mutmut_5 # type: ignore # mutmut generated
mutants_x__build_vehicle__mutmut['x__build_vehicle__mutmut_6'] = x__build_vehicle__mutmut_6 # type: ignore # mutmut generated
mutants_x__build_vehicle__mutmut['x__build_vehicle__mutmut_7'] = x__build_vehicle__mutmut_7 # type: ignore # mutmut generated
mutants_x__build_vehicle__mutmut['x__build_vehicle__mutmut_8'] = x__build_vehicle__mutmut_8 # type: ignore # mutmut generated
mutants_x__build_vehicle__mutmut['x__build_vehicle__mutmut_9'] = x__build_vehicle__mutmut_9 # type: ignore # mutmut generated
mutants_x__build_vehicle__mutmut['x__build_vehicle__mutmut_10'] = x__build_vehicle__mutmut_10 # type: ignore # mutmut generated
mutants_x__build_vehicle__mutmut['x__build_vehicle__mutmut_11'] = x__build_vehicle__mutmut_11 # type: ignore # mutmut generated
mutants_x__build_vehicle__mutmut['x__build_vehicle__mutmut_12'] = x__build_vehicle__mutmut_12 # type: ignore # mutmut generated
mutants_x__build_vehicle__mutmut['x__build_vehicle__mutmut_13'] = x__build_vehicle__mutmut_13 # type: ignore # mutmut generated
mutants_x__build_vehicle__mutmut['x__build_vehicle__mutmut_14'] = x__build_vehicle__mutmut_14 # type: ignore # mutmut generated
mutants_x__build_vehicle__mutmut['x__build_vehicle__mutmut_15'] = x__build_vehicle__mutmut_15 # type: ignore # mutmut generated
mutants_x__build_vehicle__mutmut['x__build_vehicle__mutmut_16'] = x__build_vehicle__mutmut_16 # type: ignore # mutmut generated
mutants_x__build_vehicle__mutmut['x__build_vehicle__mutmut_17'] = x__build_vehicle__mutmut_17 # type: ignore # mutmut generated
mutants_x__build_vehicle__mutmut['x__build_vehicle__mutmut_18'] = x__build_vehicle__mutmut_18 # type: ignore # mutmut generated
mutants_x__build_vehicle__mutmut['x__build_vehicle__mutmut_19'] = x__build_vehicle__mutmut_19 # type: ignore # mutmut generated
mutants_x__build_vehicle__mutmut['x__build_vehicle__mutmut_20'] = x__build_vehicle__mutmut_20 # type: ignore # mutmut generated
mutants_x__build_vehicle__mutmut['x__build_vehicle__mutmut_21'] = x__build_vehicle__mutmut_21 # type: ignore # mutmut generated
mutants_x__build_vehicle__mutmut['x__build_vehicle__mutmut_22'] = x__build_vehicle__mutmut_22 # type: ignore # mutmut generated
mutants_x__build_vehicle__mutmut['x__build_vehicle__mutmut_23'] = x__build_vehicle__mutmut_23 # type: ignore # mutmut generated
mutants_x__build_reading__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__build_reading__mutmut)
def _build_reading(run: _Run, table: TableMapping, values: dict[str, Any]) -> OdometerReading:
    _compact_vin(values)
    run.vehicle(values, required=True)
    return OdometerReading(**values)


def x__build_reading__mutmut_orig(run: _Run, table: TableMapping, values: dict[str, Any]) -> OdometerReading:
    _compact_vin(values)
    run.vehicle(values, required=True)
    return OdometerReading(**values)


def x__build_reading__mutmut_1(run: _Run, table: TableMapping, values: dict[str, Any]) -> OdometerReading:
    _compact_vin(None)
    run.vehicle(values, required=True)
    return OdometerReading(**values)


def x__build_reading__mutmut_2(run: _Run, table: TableMapping, values: dict[str, Any]) -> OdometerReading:
    _compact_vin(values)
    run.vehicle(None, required=True)
    return OdometerReading(**values)


def x__build_reading__mutmut_3(run: _Run, table: TableMapping, values: dict[str, Any]) -> OdometerReading:
    _compact_vin(values)
    run.vehicle(values, required=None)
    return OdometerReading(**values)


def x__build_reading__mutmut_4(run: _Run, table: TableMapping, values: dict[str, Any]) -> OdometerReading:
    _compact_vin(values)
    run.vehicle(required=True)
    return OdometerReading(**values)


def x__build_reading__mutmut_5(run: _Run, table: TableMapping, values: dict[str, Any]) -> OdometerReading:
    _compact_vin(values)
    run.vehicle(values, )
    return OdometerReading(**values)


def x__build_reading__mutmut_6(run: _Run, table: TableMapping, values: dict[str, Any]) -> OdometerReading:
    _compact_vin(values)
    run.vehicle(values, required=False)
    return OdometerReading(**values)

mutants_x__build_reading__mutmut['_mutmut_orig'] = x__build_reading__mutmut_orig # type: ignore # mutmut generated
mutants_x__build_reading__mutmut['x__build_reading__mutmut_1'] = x__build_reading__mutmut_1 # type: ignore # mutmut generated
mutants_x__build_reading__mutmut['x__build_reading__mutmut_2'] = x__build_reading__mutmut_2 # type: ignore # mutmut generated
mutants_x__build_reading__mutmut['x__build_reading__mutmut_3'] = x__build_reading__mutmut_3 # type: ignore # mutmut generated
mutants_x__build_reading__mutmut['x__build_reading__mutmut_4'] = x__build_reading__mutmut_4 # type: ignore # mutmut generated
mutants_x__build_reading__mutmut['x__build_reading__mutmut_5'] = x__build_reading__mutmut_5 # type: ignore # mutmut generated
mutants_x__build_reading__mutmut['x__build_reading__mutmut_6'] = x__build_reading__mutmut_6 # type: ignore # mutmut generated
mutants_x__build_line__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__build_line__mutmut)
def _build_line(run: _Run, table: TableMapping, values: dict[str, Any]) -> WorkOrderLine:
    number = values["work_order_number"]
    line = WorkOrderLine(**{k: v for k, v in values.items() if k != "work_order_number"})
    run.lines.setdefault(number, []).append(line)
    return line


def x__build_line__mutmut_orig(run: _Run, table: TableMapping, values: dict[str, Any]) -> WorkOrderLine:
    number = values["work_order_number"]
    line = WorkOrderLine(**{k: v for k, v in values.items() if k != "work_order_number"})
    run.lines.setdefault(number, []).append(line)
    return line


def x__build_line__mutmut_1(run: _Run, table: TableMapping, values: dict[str, Any]) -> WorkOrderLine:
    number = None
    line = WorkOrderLine(**{k: v for k, v in values.items() if k != "work_order_number"})
    run.lines.setdefault(number, []).append(line)
    return line


def x__build_line__mutmut_2(run: _Run, table: TableMapping, values: dict[str, Any]) -> WorkOrderLine:
    number = values["XXwork_order_numberXX"]
    line = WorkOrderLine(**{k: v for k, v in values.items() if k != "work_order_number"})
    run.lines.setdefault(number, []).append(line)
    return line


def x__build_line__mutmut_3(run: _Run, table: TableMapping, values: dict[str, Any]) -> WorkOrderLine:
    number = values["WORK_ORDER_NUMBER"]
    line = WorkOrderLine(**{k: v for k, v in values.items() if k != "work_order_number"})
    run.lines.setdefault(number, []).append(line)
    return line


def x__build_line__mutmut_4(run: _Run, table: TableMapping, values: dict[str, Any]) -> WorkOrderLine:
    number = values["work_order_number"]
    line = None
    run.lines.setdefault(number, []).append(line)
    return line


def x__build_line__mutmut_5(run: _Run, table: TableMapping, values: dict[str, Any]) -> WorkOrderLine:
    number = values["work_order_number"]
    line = WorkOrderLine(**{k: v for k, v in values.items() if k == "work_order_number"})
    run.lines.setdefault(number, []).append(line)
    return line


def x__build_line__mutmut_6(run: _Run, table: TableMapping, values: dict[str, Any]) -> WorkOrderLine:
    number = values["work_order_number"]
    line = WorkOrderLine(**{k: v for k, v in values.items() if k != "XXwork_order_numberXX"})
    run.lines.setdefault(number, []).append(line)
    return line


def x__build_line__mutmut_7(run: _Run, table: TableMapping, values: dict[str, Any]) -> WorkOrderLine:
    number = values["work_order_number"]
    line = WorkOrderLine(**{k: v for k, v in values.items() if k != "WORK_ORDER_NUMBER"})
    run.lines.setdefault(number, []).append(line)
    return line


def x__build_line__mutmut_8(run: _Run, table: TableMapping, values: dict[str, Any]) -> WorkOrderLine:
    number = values["work_order_number"]
    line = WorkOrderLine(**{k: v for k, v in values.items() if k != "work_order_number"})
    run.lines.setdefault(number, []).append(None)
    return line


def x__build_line__mutmut_9(run: _Run, table: TableMapping, values: dict[str, Any]) -> WorkOrderLine:
    number = values["work_order_number"]
    line = WorkOrderLine(**{k: v for k, v in values.items() if k != "work_order_number"})
    run.lines.setdefault(None, []).append(line)
    return line


def x__build_line__mutmut_10(run: _Run, table: TableMapping, values: dict[str, Any]) -> WorkOrderLine:
    number = values["work_order_number"]
    line = WorkOrderLine(**{k: v for k, v in values.items() if k != "work_order_number"})
    run.lines.setdefault(number, None).append(line)
    return line


def x__build_line__mutmut_11(run: _Run, table: TableMapping, values: dict[str, Any]) -> WorkOrderLine:
    number = values["work_order_number"]
    line = WorkOrderLine(**{k: v for k, v in values.items() if k != "work_order_number"})
    run.lines.setdefault([]).append(line)
    return line


def x__build_line__mutmut_12(run: _Run, table: TableMapping, values: dict[str, Any]) -> WorkOrderLine:
    number = values["work_order_number"]
    line = WorkOrderLine(**{k: v for k, v in values.items() if k != "work_order_number"})
    run.lines.setdefault(number, ).append(line)
    return line

mutants_x__build_line__mutmut['_mutmut_orig'] = x__build_line__mutmut_orig # type: ignore # mutmut generated
mutants_x__build_line__mutmut['x__build_line__mutmut_1'] = x__build_line__mutmut_1 # type: ignore # mutmut generated
mutants_x__build_line__mutmut['x__build_line__mutmut_2'] = x__build_line__mutmut_2 # type: ignore # mutmut generated
mutants_x__build_line__mutmut['x__build_line__mutmut_3'] = x__build_line__mutmut_3 # type: ignore # mutmut generated
mutants_x__build_line__mutmut['x__build_line__mutmut_4'] = x__build_line__mutmut_4 # type: ignore # mutmut generated
mutants_x__build_line__mutmut['x__build_line__mutmut_5'] = x__build_line__mutmut_5 # type: ignore # mutmut generated
mutants_x__build_line__mutmut['x__build_line__mutmut_6'] = x__build_line__mutmut_6 # type: ignore # mutmut generated
mutants_x__build_line__mutmut['x__build_line__mutmut_7'] = x__build_line__mutmut_7 # type: ignore # mutmut generated
mutants_x__build_line__mutmut['x__build_line__mutmut_8'] = x__build_line__mutmut_8 # type: ignore # mutmut generated
mutants_x__build_line__mutmut['x__build_line__mutmut_9'] = x__build_line__mutmut_9 # type: ignore # mutmut generated
mutants_x__build_line__mutmut['x__build_line__mutmut_10'] = x__build_line__mutmut_10 # type: ignore # mutmut generated
mutants_x__build_line__mutmut['x__build_line__mutmut_11'] = x__build_line__mutmut_11 # type: ignore # mutmut generated
mutants_x__build_line__mutmut['x__build_line__mutmut_12'] = x__build_line__mutmut_12 # type: ignore # mutmut generated
mutants_x__payer_lines__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__payer_lines__mutmut)
def _payer_lines(table: TableMapping, row: dict[str, Any]) -> list[WorkOrderLine]:
    lines = []
    for payer, column in table.payer_amounts.items():
        cell = row.get(column)
        if cell is None:
            continue
        try:
            amount = read_cell(table, "amount", FIELDS["work_order_lines"]["amount"], cell)
        except ValidationError as exc:
            raise _Refused(payer, f"{column}: {exc}") from None
        if amount:
            lines.append(WorkOrderLine(column, amount, payer=payer, kind=LineKind.OTHER))
    return lines


def x__payer_lines__mutmut_orig(table: TableMapping, row: dict[str, Any]) -> list[WorkOrderLine]:
    lines = []
    for payer, column in table.payer_amounts.items():
        cell = row.get(column)
        if cell is None:
            continue
        try:
            amount = read_cell(table, "amount", FIELDS["work_order_lines"]["amount"], cell)
        except ValidationError as exc:
            raise _Refused(payer, f"{column}: {exc}") from None
        if amount:
            lines.append(WorkOrderLine(column, amount, payer=payer, kind=LineKind.OTHER))
    return lines


def x__payer_lines__mutmut_1(table: TableMapping, row: dict[str, Any]) -> list[WorkOrderLine]:
    lines = None
    for payer, column in table.payer_amounts.items():
        cell = row.get(column)
        if cell is None:
            continue
        try:
            amount = read_cell(table, "amount", FIELDS["work_order_lines"]["amount"], cell)
        except ValidationError as exc:
            raise _Refused(payer, f"{column}: {exc}") from None
        if amount:
            lines.append(WorkOrderLine(column, amount, payer=payer, kind=LineKind.OTHER))
    return lines


def x__payer_lines__mutmut_2(table: TableMapping, row: dict[str, Any]) -> list[WorkOrderLine]:
    lines = []
    for payer, column in table.payer_amounts.items():
        cell = None
        if cell is None:
            continue
        try:
            amount = read_cell(table, "amount", FIELDS["work_order_lines"]["amount"], cell)
        except ValidationError as exc:
            raise _Refused(payer, f"{column}: {exc}") from None
        if amount:
            lines.append(WorkOrderLine(column, amount, payer=payer, kind=LineKind.OTHER))
    return lines


def x__payer_lines__mutmut_3(table: TableMapping, row: dict[str, Any]) -> list[WorkOrderLine]:
    lines = []
    for payer, column in table.payer_amounts.items():
        cell = row.get(None)
        if cell is None:
            continue
        try:
            amount = read_cell(table, "amount", FIELDS["work_order_lines"]["amount"], cell)
        except ValidationError as exc:
            raise _Refused(payer, f"{column}: {exc}") from None
        if amount:
            lines.append(WorkOrderLine(column, amount, payer=payer, kind=LineKind.OTHER))
    return lines


def x__payer_lines__mutmut_4(table: TableMapping, row: dict[str, Any]) -> list[WorkOrderLine]:
    lines = []
    for payer, column in table.payer_amounts.items():
        cell = row.get(column)
        if cell is not None:
            continue
        try:
            amount = read_cell(table, "amount", FIELDS["work_order_lines"]["amount"], cell)
        except ValidationError as exc:
            raise _Refused(payer, f"{column}: {exc}") from None
        if amount:
            lines.append(WorkOrderLine(column, amount, payer=payer, kind=LineKind.OTHER))
    return lines


def x__payer_lines__mutmut_5(table: TableMapping, row: dict[str, Any]) -> list[WorkOrderLine]:
    lines = []
    for payer, column in table.payer_amounts.items():
        cell = row.get(column)
        if cell is None:
            break
        try:
            amount = read_cell(table, "amount", FIELDS["work_order_lines"]["amount"], cell)
        except ValidationError as exc:
            raise _Refused(payer, f"{column}: {exc}") from None
        if amount:
            lines.append(WorkOrderLine(column, amount, payer=payer, kind=LineKind.OTHER))
    return lines


def x__payer_lines__mutmut_6(table: TableMapping, row: dict[str, Any]) -> list[WorkOrderLine]:
    lines = []
    for payer, column in table.payer_amounts.items():
        cell = row.get(column)
        if cell is None:
            continue
        try:
            amount = None
        except ValidationError as exc:
            raise _Refused(payer, f"{column}: {exc}") from None
        if amount:
            lines.append(WorkOrderLine(column, amount, payer=payer, kind=LineKind.OTHER))
    return lines


def x__payer_lines__mutmut_7(table: TableMapping, row: dict[str, Any]) -> list[WorkOrderLine]:
    lines = []
    for payer, column in table.payer_amounts.items():
        cell = row.get(column)
        if cell is None:
            continue
        try:
            amount = read_cell(None, "amount", FIELDS["work_order_lines"]["amount"], cell)
        except ValidationError as exc:
            raise _Refused(payer, f"{column}: {exc}") from None
        if amount:
            lines.append(WorkOrderLine(column, amount, payer=payer, kind=LineKind.OTHER))
    return lines


def x__payer_lines__mutmut_8(table: TableMapping, row: dict[str, Any]) -> list[WorkOrderLine]:
    lines = []
    for payer, column in table.payer_amounts.items():
        cell = row.get(column)
        if cell is None:
            continue
        try:
            amount = read_cell(table, None, FIELDS["work_order_lines"]["amount"], cell)
        except ValidationError as exc:
            raise _Refused(payer, f"{column}: {exc}") from None
        if amount:
            lines.append(WorkOrderLine(column, amount, payer=payer, kind=LineKind.OTHER))
    return lines


def x__payer_lines__mutmut_9(table: TableMapping, row: dict[str, Any]) -> list[WorkOrderLine]:
    lines = []
    for payer, column in table.payer_amounts.items():
        cell = row.get(column)
        if cell is None:
            continue
        try:
            amount = read_cell(table, "amount", None, cell)
        except ValidationError as exc:
            raise _Refused(payer, f"{column}: {exc}") from None
        if amount:
            lines.append(WorkOrderLine(column, amount, payer=payer, kind=LineKind.OTHER))
    return lines


def x__payer_lines__mutmut_10(table: TableMapping, row: dict[str, Any]) -> list[WorkOrderLine]:
    lines = []
    for payer, column in table.payer_amounts.items():
        cell = row.get(column)
        if cell is None:
            continue
        try:
            amount = read_cell(table, "amount", FIELDS["work_order_lines"]["amount"], None)
        except ValidationError as exc:
            raise _Refused(payer, f"{column}: {exc}") from None
        if amount:
            lines.append(WorkOrderLine(column, amount, payer=payer, kind=LineKind.OTHER))
    return lines


def x__payer_lines__mutmut_11(table: TableMapping, row: dict[str, Any]) -> list[WorkOrderLine]:
    lines = []
    for payer, column in table.payer_amounts.items():
        cell = row.get(column)
        if cell is None:
            continue
        try:
            amount = read_cell("amount", FIELDS["work_order_lines"]["amount"], cell)
        except ValidationError as exc:
            raise _Refused(payer, f"{column}: {exc}") from None
        if amount:
            lines.append(WorkOrderLine(column, amount, payer=payer, kind=LineKind.OTHER))
    return lines


def x__payer_lines__mutmut_12(table: TableMapping, row: dict[str, Any]) -> list[WorkOrderLine]:
    lines = []
    for payer, column in table.payer_amounts.items():
        cell = row.get(column)
        if cell is None:
            continue
        try:
            amount = read_cell(table, FIELDS["work_order_lines"]["amount"], cell)
        except ValidationError as exc:
            raise _Refused(payer, f"{column}: {exc}") from None
        if amount:
            lines.append(WorkOrderLine(column, amount, payer=payer, kind=LineKind.OTHER))
    return lines


def x__payer_lines__mutmut_13(table: TableMapping, row: dict[str, Any]) -> list[WorkOrderLine]:
    lines = []
    for payer, column in table.payer_amounts.items():
        cell = row.get(column)
        if cell is None:
            continue
        try:
            amount = read_cell(table, "amount", cell)
        except ValidationError as exc:
            raise _Refused(payer, f"{column}: {exc}") from None
        if amount:
            lines.append(WorkOrderLine(column, amount, payer=payer, kind=LineKind.OTHER))
    return lines


def x__payer_lines__mutmut_14(table: TableMapping, row: dict[str, Any]) -> list[WorkOrderLine]:
    lines = []
    for payer, column in table.payer_amounts.items():
        cell = row.get(column)
        if cell is None:
            continue
        try:
            amount = read_cell(table, "amount", FIELDS["work_order_lines"]["amount"], )
        except ValidationError as exc:
            raise _Refused(payer, f"{column}: {exc}") from None
        if amount:
            lines.append(WorkOrderLine(column, amount, payer=payer, kind=LineKind.OTHER))
    return lines


def x__payer_lines__mutmut_15(table: TableMapping, row: dict[str, Any]) -> list[WorkOrderLine]:
    lines = []
    for payer, column in table.payer_amounts.items():
        cell = row.get(column)
        if cell is None:
            continue
        try:
            amount = read_cell(table, "XXamountXX", FIELDS["work_order_lines"]["amount"], cell)
        except ValidationError as exc:
            raise _Refused(payer, f"{column}: {exc}") from None
        if amount:
            lines.append(WorkOrderLine(column, amount, payer=payer, kind=LineKind.OTHER))
    return lines


def x__payer_lines__mutmut_16(table: TableMapping, row: dict[str, Any]) -> list[WorkOrderLine]:
    lines = []
    for payer, column in table.payer_amounts.items():
        cell = row.get(column)
        if cell is None:
            continue
        try:
            amount = read_cell(table, "AMOUNT", FIELDS["work_order_lines"]["amount"], cell)
        except ValidationError as exc:
            raise _Refused(payer, f"{column}: {exc}") from None
        if amount:
            lines.append(WorkOrderLine(column, amount, payer=payer, kind=LineKind.OTHER))
    return lines


def x__payer_lines__mutmut_17(table: TableMapping, row: dict[str, Any]) -> list[WorkOrderLine]:
    lines = []
    for payer, column in table.payer_amounts.items():
        cell = row.get(column)
        if cell is None:
            continue
        try:
            amount = read_cell(table, "amount", FIELDS["XXwork_order_linesXX"]["amount"], cell)
        except ValidationError as exc:
            raise _Refused(payer, f"{column}: {exc}") from None
        if amount:
            lines.append(WorkOrderLine(column, amount, payer=payer, kind=LineKind.OTHER))
    return lines


def x__payer_lines__mutmut_18(table: TableMapping, row: dict[str, Any]) -> list[WorkOrderLine]:
    lines = []
    for payer, column in table.payer_amounts.items():
        cell = row.get(column)
        if cell is None:
            continue
        try:
            amount = read_cell(table, "amount", FIELDS["WORK_ORDER_LINES"]["amount"], cell)
        except ValidationError as exc:
            raise _Refused(payer, f"{column}: {exc}") from None
        if amount:
            lines.append(WorkOrderLine(column, amount, payer=payer, kind=LineKind.OTHER))
    return lines


def x__payer_lines__mutmut_19(table: TableMapping, row: dict[str, Any]) -> list[WorkOrderLine]:
    lines = []
    for payer, column in table.payer_amounts.items():
        cell = row.get(column)
        if cell is None:
            continue
        try:
            amount = read_cell(table, "amount", FIELDS["work_order_lines"]["XXamountXX"], cell)
        except ValidationError as exc:
            raise _Refused(payer, f"{column}: {exc}") from None
        if amount:
            lines.append(WorkOrderLine(column, amount, payer=payer, kind=LineKind.OTHER))
    return lines


def x__payer_lines__mutmut_20(table: TableMapping, row: dict[str, Any]) -> list[WorkOrderLine]:
    lines = []
    for payer, column in table.payer_amounts.items():
        cell = row.get(column)
        if cell is None:
            continue
        try:
            amount = read_cell(table, "amount", FIELDS["work_order_lines"]["AMOUNT"], cell)
        except ValidationError as exc:
            raise _Refused(payer, f"{column}: {exc}") from None
        if amount:
            lines.append(WorkOrderLine(column, amount, payer=payer, kind=LineKind.OTHER))
    return lines


def x__payer_lines__mutmut_21(table: TableMapping, row: dict[str, Any]) -> list[WorkOrderLine]:
    lines = []
    for payer, column in table.payer_amounts.items():
        cell = row.get(column)
        if cell is None:
            continue
        try:
            amount = read_cell(table, "amount", FIELDS["work_order_lines"]["amount"], cell)
        except ValidationError as exc:
            raise _Refused(None, f"{column}: {exc}") from None
        if amount:
            lines.append(WorkOrderLine(column, amount, payer=payer, kind=LineKind.OTHER))
    return lines


def x__payer_lines__mutmut_22(table: TableMapping, row: dict[str, Any]) -> list[WorkOrderLine]:
    lines = []
    for payer, column in table.payer_amounts.items():
        cell = row.get(column)
        if cell is None:
            continue
        try:
            amount = read_cell(table, "amount", FIELDS["work_order_lines"]["amount"], cell)
        except ValidationError as exc:
            raise _Refused(payer, None) from None
        if amount:
            lines.append(WorkOrderLine(column, amount, payer=payer, kind=LineKind.OTHER))
    return lines


def x__payer_lines__mutmut_23(table: TableMapping, row: dict[str, Any]) -> list[WorkOrderLine]:
    lines = []
    for payer, column in table.payer_amounts.items():
        cell = row.get(column)
        if cell is None:
            continue
        try:
            amount = read_cell(table, "amount", FIELDS["work_order_lines"]["amount"], cell)
        except ValidationError as exc:
            raise _Refused(f"{column}: {exc}") from None
        if amount:
            lines.append(WorkOrderLine(column, amount, payer=payer, kind=LineKind.OTHER))
    return lines


def x__payer_lines__mutmut_24(table: TableMapping, row: dict[str, Any]) -> list[WorkOrderLine]:
    lines = []
    for payer, column in table.payer_amounts.items():
        cell = row.get(column)
        if cell is None:
            continue
        try:
            amount = read_cell(table, "amount", FIELDS["work_order_lines"]["amount"], cell)
        except ValidationError as exc:
            raise _Refused(payer, ) from None
        if amount:
            lines.append(WorkOrderLine(column, amount, payer=payer, kind=LineKind.OTHER))
    return lines


def x__payer_lines__mutmut_25(table: TableMapping, row: dict[str, Any]) -> list[WorkOrderLine]:
    lines = []
    for payer, column in table.payer_amounts.items():
        cell = row.get(column)
        if cell is None:
            continue
        try:
            amount = read_cell(table, "amount", FIELDS["work_order_lines"]["amount"], cell)
        except ValidationError as exc:
            raise _Refused(payer, f"{column}: {exc}") from None
        if amount:
            lines.append(None)
    return lines


def x__payer_lines__mutmut_26(table: TableMapping, row: dict[str, Any]) -> list[WorkOrderLine]:
    lines = []
    for payer, column in table.payer_amounts.items():
        cell = row.get(column)
        if cell is None:
            continue
        try:
            amount = read_cell(table, "amount", FIELDS["work_order_lines"]["amount"], cell)
        except ValidationError as exc:
            raise _Refused(payer, f"{column}: {exc}") from None
        if amount:
            lines.append(WorkOrderLine(None, amount, payer=payer, kind=LineKind.OTHER))
    return lines


def x__payer_lines__mutmut_27(table: TableMapping, row: dict[str, Any]) -> list[WorkOrderLine]:
    lines = []
    for payer, column in table.payer_amounts.items():
        cell = row.get(column)
        if cell is None:
            continue
        try:
            amount = read_cell(table, "amount", FIELDS["work_order_lines"]["amount"], cell)
        except ValidationError as exc:
            raise _Refused(payer, f"{column}: {exc}") from None
        if amount:
            lines.append(WorkOrderLine(column, None, payer=payer, kind=LineKind.OTHER))
    return lines


def x__payer_lines__mutmut_28(table: TableMapping, row: dict[str, Any]) -> list[WorkOrderLine]:
    lines = []
    for payer, column in table.payer_amounts.items():
        cell = row.get(column)
        if cell is None:
            continue
        try:
            amount = read_cell(table, "amount", FIELDS["work_order_lines"]["amount"], cell)
        except ValidationError as exc:
            raise _Refused(payer, f"{column}: {exc}") from None
        if amount:
            lines.append(WorkOrderLine(column, amount, payer=None, kind=LineKind.OTHER))
    return lines


def x__payer_lines__mutmut_29(table: TableMapping, row: dict[str, Any]) -> list[WorkOrderLine]:
    lines = []
    for payer, column in table.payer_amounts.items():
        cell = row.get(column)
        if cell is None:
            continue
        try:
            amount = read_cell(table, "amount", FIELDS["work_order_lines"]["amount"], cell)
        except ValidationError as exc:
            raise _Refused(payer, f"{column}: {exc}") from None
        if amount:
            lines.append(WorkOrderLine(column, amount, payer=payer, kind=None))
    return lines


def x__payer_lines__mutmut_30(table: TableMapping, row: dict[str, Any]) -> list[WorkOrderLine]:
    lines = []
    for payer, column in table.payer_amounts.items():
        cell = row.get(column)
        if cell is None:
            continue
        try:
            amount = read_cell(table, "amount", FIELDS["work_order_lines"]["amount"], cell)
        except ValidationError as exc:
            raise _Refused(payer, f"{column}: {exc}") from None
        if amount:
            lines.append(WorkOrderLine(amount, payer=payer, kind=LineKind.OTHER))
    return lines


def x__payer_lines__mutmut_31(table: TableMapping, row: dict[str, Any]) -> list[WorkOrderLine]:
    lines = []
    for payer, column in table.payer_amounts.items():
        cell = row.get(column)
        if cell is None:
            continue
        try:
            amount = read_cell(table, "amount", FIELDS["work_order_lines"]["amount"], cell)
        except ValidationError as exc:
            raise _Refused(payer, f"{column}: {exc}") from None
        if amount:
            lines.append(WorkOrderLine(column, payer=payer, kind=LineKind.OTHER))
    return lines


def x__payer_lines__mutmut_32(table: TableMapping, row: dict[str, Any]) -> list[WorkOrderLine]:
    lines = []
    for payer, column in table.payer_amounts.items():
        cell = row.get(column)
        if cell is None:
            continue
        try:
            amount = read_cell(table, "amount", FIELDS["work_order_lines"]["amount"], cell)
        except ValidationError as exc:
            raise _Refused(payer, f"{column}: {exc}") from None
        if amount:
            lines.append(WorkOrderLine(column, amount, kind=LineKind.OTHER))
    return lines


def x__payer_lines__mutmut_33(table: TableMapping, row: dict[str, Any]) -> list[WorkOrderLine]:
    lines = []
    for payer, column in table.payer_amounts.items():
        cell = row.get(column)
        if cell is None:
            continue
        try:
            amount = read_cell(table, "amount", FIELDS["work_order_lines"]["amount"], cell)
        except ValidationError as exc:
            raise _Refused(payer, f"{column}: {exc}") from None
        if amount:
            lines.append(WorkOrderLine(column, amount, payer=payer, ))
    return lines

mutants_x__payer_lines__mutmut['_mutmut_orig'] = x__payer_lines__mutmut_orig # type: ignore # mutmut generated
mutants_x__payer_lines__mutmut['x__payer_lines__mutmut_1'] = x__payer_lines__mutmut_1 # type: ignore # mutmut generated
mutants_x__payer_lines__mutmut['x__payer_lines__mutmut_2'] = x__payer_lines__mutmut_2 # type: ignore # mutmut generated
mutants_x__payer_lines__mutmut['x__payer_lines__mutmut_3'] = x__payer_lines__mutmut_3 # type: ignore # mutmut generated
mutants_x__payer_lines__mutmut['x__payer_lines__mutmut_4'] = x__payer_lines__mutmut_4 # type: ignore # mutmut generated
mutants_x__payer_lines__mutmut['x__payer_lines__mutmut_5'] = x__payer_lines__mutmut_5 # type: ignore # mutmut generated
mutants_x__payer_lines__mutmut['x__payer_lines__mutmut_6'] = x__payer_lines__mutmut_6 # type: ignore # mutmut generated
mutants_x__payer_lines__mutmut['x__payer_lines__mutmut_7'] = x__payer_lines__mutmut_7 # type: ignore # mutmut generated
mutants_x__payer_lines__mutmut['x__payer_lines__mutmut_8'] = x__payer_lines__mutmut_8 # type: ignore # mutmut generated
mutants_x__payer_lines__mutmut['x__payer_lines__mutmut_9'] = x__payer_lines__mutmut_9 # type: ignore # mutmut generated
mutants_x__payer_lines__mutmut['x__payer_lines__mutmut_10'] = x__payer_lines__mutmut_10 # type: ignore # mutmut generated
mutants_x__payer_lines__mutmut['x__payer_lines__mutmut_11'] = x__payer_lines__mutmut_11 # type: ignore # mutmut generated
mutants_x__payer_lines__mutmut['x__payer_lines__mutmut_12'] = x__payer_lines__mutmut_12 # type: ignore # mutmut generated
mutants_x__payer_lines__mutmut['x__payer_lines__mutmut_13'] = x__payer_lines__mutmut_13 # type: ignore # mutmut generated
mutants_x__payer_lines__mutmut['x__payer_lines__mutmut_14'] = x__payer_lines__mutmut_14 # type: ignore # mutmut generated
mutants_x__payer_lines__mutmut['x__payer_lines__mutmut_15'] = x__payer_lines__mutmut_15 # type: ignore # mutmut generated
mutants_x__payer_lines__mutmut['x__payer_lines__mutmut_16'] = x__payer_lines__mutmut_16 # type: ignore # mutmut generated
mutants_x__payer_lines__mutmut['x__payer_lines__mutmut_17'] = x__payer_lines__mutmut_17 # type: ignore # mutmut generated
mutants_x__payer_lines__mutmut['x__payer_lines__mutmut_18'] = x__payer_lines__mutmut_18 # type: ignore # mutmut generated
mutants_x__payer_lines__mutmut['x__payer_lines__mutmut_19'] = x__payer_lines__mutmut_19 # type: ignore # mutmut generated
mutants_x__payer_lines__mutmut['x__payer_lines__mutmut_20'] = x__payer_lines__mutmut_20 # type: ignore # mutmut generated
mutants_x__payer_lines__mutmut['x__payer_lines__mutmut_21'] = x__payer_lines__mutmut_21 # type: ignore # mutmut generated
mutants_x__payer_lines__mutmut['x__payer_lines__mutmut_22'] = x__payer_lines__mutmut_22 # type: ignore # mutmut generated
mutants_x__payer_lines__mutmut['x__payer_lines__mutmut_23'] = x__payer_lines__mutmut_23 # type: ignore # mutmut generated
mutants_x__payer_lines__mutmut['x__payer_lines__mutmut_24'] = x__payer_lines__mutmut_24 # type: ignore # mutmut generated
mutants_x__payer_lines__mutmut['x__payer_lines__mutmut_25'] = x__payer_lines__mutmut_25 # type: ignore # mutmut generated
mutants_x__payer_lines__mutmut['x__payer_lines__mutmut_26'] = x__payer_lines__mutmut_26 # type: ignore # mutmut generated
mutants_x__payer_lines__mutmut['x__payer_lines__mutmut_27'] = x__payer_lines__mutmut_27 # type: ignore # mutmut generated
mutants_x__payer_lines__mutmut['x__payer_lines__mutmut_28'] = x__payer_lines__mutmut_28 # type: ignore # mutmut generated
mutants_x__payer_lines__mutmut['x__payer_lines__mutmut_29'] = x__payer_lines__mutmut_29 # type: ignore # mutmut generated
mutants_x__payer_lines__mutmut['x__payer_lines__mutmut_30'] = x__payer_lines__mutmut_30 # type: ignore # mutmut generated
mutants_x__payer_lines__mutmut['x__payer_lines__mutmut_31'] = x__payer_lines__mutmut_31 # type: ignore # mutmut generated
mutants_x__payer_lines__mutmut['x__payer_lines__mutmut_32'] = x__payer_lines__mutmut_32 # type: ignore # mutmut generated
mutants_x__payer_lines__mutmut['x__payer_lines__mutmut_33'] = x__payer_lines__mutmut_33 # type: ignore # mutmut generated
mutants_x__build_work_order__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__build_work_order__mutmut)
def _build_work_order(run: _Run, table: TableMapping, values: dict[str, Any]) -> WorkOrder:
    _compact_vin(values)
    run.vehicle(values, required=True)
    run.customer(values)
    number = values["number"]
    lines = run.lines.pop(number, [])
    run.line_rows.pop(number, None)
    bad = run.bad_lines.get(number)
    if bad is not None:
        raise _Refused("lines", f"a line of this work order was refused ({bad[0]} row {bad[1]})")
    values["lines"] = values.pop("_payer_lines", []) + lines
    order = WorkOrder(version=1, **values)
    run.unique(run.work_orders, "number", order.number)
    return order


def x__build_work_order__mutmut_orig(run: _Run, table: TableMapping, values: dict[str, Any]) -> WorkOrder:
    _compact_vin(values)
    run.vehicle(values, required=True)
    run.customer(values)
    number = values["number"]
    lines = run.lines.pop(number, [])
    run.line_rows.pop(number, None)
    bad = run.bad_lines.get(number)
    if bad is not None:
        raise _Refused("lines", f"a line of this work order was refused ({bad[0]} row {bad[1]})")
    values["lines"] = values.pop("_payer_lines", []) + lines
    order = WorkOrder(version=1, **values)
    run.unique(run.work_orders, "number", order.number)
    return order


def x__build_work_order__mutmut_1(run: _Run, table: TableMapping, values: dict[str, Any]) -> WorkOrder:
    _compact_vin(None)
    run.vehicle(values, required=True)
    run.customer(values)
    number = values["number"]
    lines = run.lines.pop(number, [])
    run.line_rows.pop(number, None)
    bad = run.bad_lines.get(number)
    if bad is not None:
        raise _Refused("lines", f"a line of this work order was refused ({bad[0]} row {bad[1]})")
    values["lines"] = values.pop("_payer_lines", []) + lines
    order = WorkOrder(version=1, **values)
    run.unique(run.work_orders, "number", order.number)
    return order


def x__build_work_order__mutmut_2(run: _Run, table: TableMapping, values: dict[str, Any]) -> WorkOrder:
    _compact_vin(values)
    run.vehicle(None, required=True)
    run.customer(values)
    number = values["number"]
    lines = run.lines.pop(number, [])
    run.line_rows.pop(number, None)
    bad = run.bad_lines.get(number)
    if bad is not None:
        raise _Refused("lines", f"a line of this work order was refused ({bad[0]} row {bad[1]})")
    values["lines"] = values.pop("_payer_lines", []) + lines
    order = WorkOrder(version=1, **values)
    run.unique(run.work_orders, "number", order.number)
    return order


def x__build_work_order__mutmut_3(run: _Run, table: TableMapping, values: dict[str, Any]) -> WorkOrder:
    _compact_vin(values)
    run.vehicle(values, required=None)
    run.customer(values)
    number = values["number"]
    lines = run.lines.pop(number, [])
    run.line_rows.pop(number, None)
    bad = run.bad_lines.get(number)
    if bad is not None:
        raise _Refused("lines", f"a line of this work order was refused ({bad[0]} row {bad[1]})")
    values["lines"] = values.pop("_payer_lines", []) + lines
    order = WorkOrder(version=1, **values)
    run.unique(run.work_orders, "number", order.number)
    return order


def x__build_work_order__mutmut_4(run: _Run, table: TableMapping, values: dict[str, Any]) -> WorkOrder:
    _compact_vin(values)
    run.vehicle(required=True)
    run.customer(values)
    number = values["number"]
    lines = run.lines.pop(number, [])
    run.line_rows.pop(number, None)
    bad = run.bad_lines.get(number)
    if bad is not None:
        raise _Refused("lines", f"a line of this work order was refused ({bad[0]} row {bad[1]})")
    values["lines"] = values.pop("_payer_lines", []) + lines
    order = WorkOrder(version=1, **values)
    run.unique(run.work_orders, "number", order.number)
    return order


def x__build_work_order__mutmut_5(run: _Run, table: TableMapping, values: dict[str, Any]) -> WorkOrder:
    _compact_vin(values)
    run.vehicle(values, )
    run.customer(values)
    number = values["number"]
    lines = run.lines.pop(number, [])
    run.line_rows.pop(number, None)
    bad = run.bad_lines.get(number)
    if bad is not None:
        raise _Refused("lines", f"a line of this work order was refused ({bad[0]} row {bad[1]})")
    values["lines"] = values.pop("_payer_lines", []) + lines
    order = WorkOrder(version=1, **values)
    run.unique(run.work_orders, "number", order.number)
    return order


def x__build_work_order__mutmut_6(run: _Run, table: TableMapping, values: dict[str, Any]) -> WorkOrder:
    _compact_vin(values)
    run.vehicle(values, required=False)
    run.customer(values)
    number = values["number"]
    lines = run.lines.pop(number, [])
    run.line_rows.pop(number, None)
    bad = run.bad_lines.get(number)
    if bad is not None:
        raise _Refused("lines", f"a line of this work order was refused ({bad[0]} row {bad[1]})")
    values["lines"] = values.pop("_payer_lines", []) + lines
    order = WorkOrder(version=1, **values)
    run.unique(run.work_orders, "number", order.number)
    return order


def x__build_work_order__mutmut_7(run: _Run, table: TableMapping, values: dict[str, Any]) -> WorkOrder:
    _compact_vin(values)
    run.vehicle(values, required=True)
    run.customer(None)
    number = values["number"]
    lines = run.lines.pop(number, [])
    run.line_rows.pop(number, None)
    bad = run.bad_lines.get(number)
    if bad is not None:
        raise _Refused("lines", f"a line of this work order was refused ({bad[0]} row {bad[1]})")
    values["lines"] = values.pop("_payer_lines", []) + lines
    order = WorkOrder(version=1, **values)
    run.unique(run.work_orders, "number", order.number)
    return order


def x__build_work_order__mutmut_8(run: _Run, table: TableMapping, values: dict[str, Any]) -> WorkOrder:
    _compact_vin(values)
    run.vehicle(values, required=True)
    run.customer(values)
    number = None
    lines = run.lines.pop(number, [])
    run.line_rows.pop(number, None)
    bad = run.bad_lines.get(number)
    if bad is not None:
        raise _Refused("lines", f"a line of this work order was refused ({bad[0]} row {bad[1]})")
    values["lines"] = values.pop("_payer_lines", []) + lines
    order = WorkOrder(version=1, **values)
    run.unique(run.work_orders, "number", order.number)
    return order


def x__build_work_order__mutmut_9(run: _Run, table: TableMapping, values: dict[str, Any]) -> WorkOrder:
    _compact_vin(values)
    run.vehicle(values, required=True)
    run.customer(values)
    number = values["XXnumberXX"]
    lines = run.lines.pop(number, [])
    run.line_rows.pop(number, None)
    bad = run.bad_lines.get(number)
    if bad is not None:
        raise _Refused("lines", f"a line of this work order was refused ({bad[0]} row {bad[1]})")
    values["lines"] = values.pop("_payer_lines", []) + lines
    order = WorkOrder(version=1, **values)
    run.unique(run.work_orders, "number", order.number)
    return order


def x__build_work_order__mutmut_10(run: _Run, table: TableMapping, values: dict[str, Any]) -> WorkOrder:
    _compact_vin(values)
    run.vehicle(values, required=True)
    run.customer(values)
    number = values["NUMBER"]
    lines = run.lines.pop(number, [])
    run.line_rows.pop(number, None)
    bad = run.bad_lines.get(number)
    if bad is not None:
        raise _Refused("lines", f"a line of this work order was refused ({bad[0]} row {bad[1]})")
    values["lines"] = values.pop("_payer_lines", []) + lines
    order = WorkOrder(version=1, **values)
    run.unique(run.work_orders, "number", order.number)
    return order


def x__build_work_order__mutmut_11(run: _Run, table: TableMapping, values: dict[str, Any]) -> WorkOrder:
    _compact_vin(values)
    run.vehicle(values, required=True)
    run.customer(values)
    number = values["number"]
    lines = None
    run.line_rows.pop(number, None)
    bad = run.bad_lines.get(number)
    if bad is not None:
        raise _Refused("lines", f"a line of this work order was refused ({bad[0]} row {bad[1]})")
    values["lines"] = values.pop("_payer_lines", []) + lines
    order = WorkOrder(version=1, **values)
    run.unique(run.work_orders, "number", order.number)
    return order


def x__build_work_order__mutmut_12(run: _Run, table: TableMapping, values: dict[str, Any]) -> WorkOrder:
    _compact_vin(values)
    run.vehicle(values, required=True)
    run.customer(values)
    number = values["number"]
    lines = run.lines.pop(None, [])
    run.line_rows.pop(number, None)
    bad = run.bad_lines.get(number)
    if bad is not None:
        raise _Refused("lines", f"a line of this work order was refused ({bad[0]} row {bad[1]})")
    values["lines"] = values.pop("_payer_lines", []) + lines
    order = WorkOrder(version=1, **values)
    run.unique(run.work_orders, "number", order.number)
    return order


def x__build_work_order__mutmut_13(run: _Run, table: TableMapping, values: dict[str, Any]) -> WorkOrder:
    _compact_vin(values)
    run.vehicle(values, required=True)
    run.customer(values)
    number = values["number"]
    lines = run.lines.pop(number, None)
    run.line_rows.pop(number, None)
    bad = run.bad_lines.get(number)
    if bad is not None:
        raise _Refused("lines", f"a line of this work order was refused ({bad[0]} row {bad[1]})")
    values["lines"] = values.pop("_payer_lines", []) + lines
    order = WorkOrder(version=1, **values)
    run.unique(run.work_orders, "number", order.number)
    return order


def x__build_work_order__mutmut_14(run: _Run, table: TableMapping, values: dict[str, Any]) -> WorkOrder:
    _compact_vin(values)
    run.vehicle(values, required=True)
    run.customer(values)
    number = values["number"]
    lines = run.lines.pop([])
    run.line_rows.pop(number, None)
    bad = run.bad_lines.get(number)
    if bad is not None:
        raise _Refused("lines", f"a line of this work order was refused ({bad[0]} row {bad[1]})")
    values["lines"] = values.pop("_payer_lines", []) + lines
    order = WorkOrder(version=1, **values)
    run.unique(run.work_orders, "number", order.number)
    return order


def x__build_work_order__mutmut_15(run: _Run, table: TableMapping, values: dict[str, Any]) -> WorkOrder:
    _compact_vin(values)
    run.vehicle(values, required=True)
    run.customer(values)
    number = values["number"]
    lines = run.lines.pop(number, )
    run.line_rows.pop(number, None)
    bad = run.bad_lines.get(number)
    if bad is not None:
        raise _Refused("lines", f"a line of this work order was refused ({bad[0]} row {bad[1]})")
    values["lines"] = values.pop("_payer_lines", []) + lines
    order = WorkOrder(version=1, **values)
    run.unique(run.work_orders, "number", order.number)
    return order


def x__build_work_order__mutmut_16(run: _Run, table: TableMapping, values: dict[str, Any]) -> WorkOrder:
    _compact_vin(values)
    run.vehicle(values, required=True)
    run.customer(values)
    number = values["number"]
    lines = run.lines.pop(number, [])
    run.line_rows.pop(None, None)
    bad = run.bad_lines.get(number)
    if bad is not None:
        raise _Refused("lines", f"a line of this work order was refused ({bad[0]} row {bad[1]})")
    values["lines"] = values.pop("_payer_lines", []) + lines
    order = WorkOrder(version=1, **values)
    run.unique(run.work_orders, "number", order.number)
    return order


def x__build_work_order__mutmut_17(run: _Run, table: TableMapping, values: dict[str, Any]) -> WorkOrder:
    _compact_vin(values)
    run.vehicle(values, required=True)
    run.customer(values)
    number = values["number"]
    lines = run.lines.pop(number, [])
    run.line_rows.pop(None)
    bad = run.bad_lines.get(number)
    if bad is not None:
        raise _Refused("lines", f"a line of this work order was refused ({bad[0]} row {bad[1]})")
    values["lines"] = values.pop("_payer_lines", []) + lines
    order = WorkOrder(version=1, **values)
    run.unique(run.work_orders, "number", order.number)
    return order


def x__build_work_order__mutmut_18(run: _Run, table: TableMapping, values: dict[str, Any]) -> WorkOrder:
    _compact_vin(values)
    run.vehicle(values, required=True)
    run.customer(values)
    number = values["number"]
    lines = run.lines.pop(number, [])
    run.line_rows.pop(number, )
    bad = run.bad_lines.get(number)
    if bad is not None:
        raise _Refused("lines", f"a line of this work order was refused ({bad[0]} row {bad[1]})")
    values["lines"] = values.pop("_payer_lines", []) + lines
    order = WorkOrder(version=1, **values)
    run.unique(run.work_orders, "number", order.number)
    return order


def x__build_work_order__mutmut_19(run: _Run, table: TableMapping, values: dict[str, Any]) -> WorkOrder:
    _compact_vin(values)
    run.vehicle(values, required=True)
    run.customer(values)
    number = values["number"]
    lines = run.lines.pop(number, [])
    run.line_rows.pop(number, None)
    bad = None
    if bad is not None:
        raise _Refused("lines", f"a line of this work order was refused ({bad[0]} row {bad[1]})")
    values["lines"] = values.pop("_payer_lines", []) + lines
    order = WorkOrder(version=1, **values)
    run.unique(run.work_orders, "number", order.number)
    return order


def x__build_work_order__mutmut_20(run: _Run, table: TableMapping, values: dict[str, Any]) -> WorkOrder:
    _compact_vin(values)
    run.vehicle(values, required=True)
    run.customer(values)
    number = values["number"]
    lines = run.lines.pop(number, [])
    run.line_rows.pop(number, None)
    bad = run.bad_lines.get(None)
    if bad is not None:
        raise _Refused("lines", f"a line of this work order was refused ({bad[0]} row {bad[1]})")
    values["lines"] = values.pop("_payer_lines", []) + lines
    order = WorkOrder(version=1, **values)
    run.unique(run.work_orders, "number", order.number)
    return order


def x__build_work_order__mutmut_21(run: _Run, table: TableMapping, values: dict[str, Any]) -> WorkOrder:
    _compact_vin(values)
    run.vehicle(values, required=True)
    run.customer(values)
    number = values["number"]
    lines = run.lines.pop(number, [])
    run.line_rows.pop(number, None)
    bad = run.bad_lines.get(number)
    if bad is None:
        raise _Refused("lines", f"a line of this work order was refused ({bad[0]} row {bad[1]})")
    values["lines"] = values.pop("_payer_lines", []) + lines
    order = WorkOrder(version=1, **values)
    run.unique(run.work_orders, "number", order.number)
    return order


def x__build_work_order__mutmut_22(run: _Run, table: TableMapping, values: dict[str, Any]) -> WorkOrder:
    _compact_vin(values)
    run.vehicle(values, required=True)
    run.customer(values)
    number = values["number"]
    lines = run.lines.pop(number, [])
    run.line_rows.pop(number, None)
    bad = run.bad_lines.get(number)
    if bad is not None:
        raise _Refused(None, f"a line of this work order was refused ({bad[0]} row {bad[1]})")
    values["lines"] = values.pop("_payer_lines", []) + lines
    order = WorkOrder(version=1, **values)
    run.unique(run.work_orders, "number", order.number)
    return order


def x__build_work_order__mutmut_23(run: _Run, table: TableMapping, values: dict[str, Any]) -> WorkOrder:
    _compact_vin(values)
    run.vehicle(values, required=True)
    run.customer(values)
    number = values["number"]
    lines = run.lines.pop(number, [])
    run.line_rows.pop(number, None)
    bad = run.bad_lines.get(number)
    if bad is not None:
        raise _Refused("lines", None)
    values["lines"] = values.pop("_payer_lines", []) + lines
    order = WorkOrder(version=1, **values)
    run.unique(run.work_orders, "number", order.number)
    return order


def x__build_work_order__mutmut_24(run: _Run, table: TableMapping, values: dict[str, Any]) -> WorkOrder:
    _compact_vin(values)
    run.vehicle(values, required=True)
    run.customer(values)
    number = values["number"]
    lines = run.lines.pop(number, [])
    run.line_rows.pop(number, None)
    bad = run.bad_lines.get(number)
    if bad is not None:
        raise _Refused(f"a line of this work order was refused ({bad[0]} row {bad[1]})")
    values["lines"] = values.pop("_payer_lines", []) + lines
    order = WorkOrder(version=1, **values)
    run.unique(run.work_orders, "number", order.number)
    return order


def x__build_work_order__mutmut_25(run: _Run, table: TableMapping, values: dict[str, Any]) -> WorkOrder:
    _compact_vin(values)
    run.vehicle(values, required=True)
    run.customer(values)
    number = values["number"]
    lines = run.lines.pop(number, [])
    run.line_rows.pop(number, None)
    bad = run.bad_lines.get(number)
    if bad is not None:
        raise _Refused("lines", )
    values["lines"] = values.pop("_payer_lines", []) + lines
    order = WorkOrder(version=1, **values)
    run.unique(run.work_orders, "number", order.number)
    return order


def x__build_work_order__mutmut_26(run: _Run, table: TableMapping, values: dict[str, Any]) -> WorkOrder:
    _compact_vin(values)
    run.vehicle(values, required=True)
    run.customer(values)
    number = values["number"]
    lines = run.lines.pop(number, [])
    run.line_rows.pop(number, None)
    bad = run.bad_lines.get(number)
    if bad is not None:
        raise _Refused("XXlinesXX", f"a line of this work order was refused ({bad[0]} row {bad[1]})")
    values["lines"] = values.pop("_payer_lines", []) + lines
    order = WorkOrder(version=1, **values)
    run.unique(run.work_orders, "number", order.number)
    return order


def x__build_work_order__mutmut_27(run: _Run, table: TableMapping, values: dict[str, Any]) -> WorkOrder:
    _compact_vin(values)
    run.vehicle(values, required=True)
    run.customer(values)
    number = values["number"]
    lines = run.lines.pop(number, [])
    run.line_rows.pop(number, None)
    bad = run.bad_lines.get(number)
    if bad is not None:
        raise _Refused("LINES", f"a line of this work order was refused ({bad[0]} row {bad[1]})")
    values["lines"] = values.pop("_payer_lines", []) + lines
    order = WorkOrder(version=1, **values)
    run.unique(run.work_orders, "number", order.number)
    return order


def x__build_work_order__mutmut_28(run: _Run, table: TableMapping, values: dict[str, Any]) -> WorkOrder:
    _compact_vin(values)
    run.vehicle(values, required=True)
    run.customer(values)
    number = values["number"]
    lines = run.lines.pop(number, [])
    run.line_rows.pop(number, None)
    bad = run.bad_lines.get(number)
    if bad is not None:
        raise _Refused("lines", f"a line of this work order was refused ({bad[1]} row {bad[1]})")
    values["lines"] = values.pop("_payer_lines", []) + lines
    order = WorkOrder(version=1, **values)
    run.unique(run.work_orders, "number", order.number)
    return order


def x__build_work_order__mutmut_29(run: _Run, table: TableMapping, values: dict[str, Any]) -> WorkOrder:
    _compact_vin(values)
    run.vehicle(values, required=True)
    run.customer(values)
    number = values["number"]
    lines = run.lines.pop(number, [])
    run.line_rows.pop(number, None)
    bad = run.bad_lines.get(number)
    if bad is not None:
        raise _Refused("lines", f"a line of this work order was refused ({bad[0]} row {bad[2]})")
    values["lines"] = values.pop("_payer_lines", []) + lines
    order = WorkOrder(version=1, **values)
    run.unique(run.work_orders, "number", order.number)
    return order


def x__build_work_order__mutmut_30(run: _Run, table: TableMapping, values: dict[str, Any]) -> WorkOrder:
    _compact_vin(values)
    run.vehicle(values, required=True)
    run.customer(values)
    number = values["number"]
    lines = run.lines.pop(number, [])
    run.line_rows.pop(number, None)
    bad = run.bad_lines.get(number)
    if bad is not None:
        raise _Refused("lines", f"a line of this work order was refused ({bad[0]} row {bad[1]})")
    values["lines"] = None
    order = WorkOrder(version=1, **values)
    run.unique(run.work_orders, "number", order.number)
    return order


def x__build_work_order__mutmut_31(run: _Run, table: TableMapping, values: dict[str, Any]) -> WorkOrder:
    _compact_vin(values)
    run.vehicle(values, required=True)
    run.customer(values)
    number = values["number"]
    lines = run.lines.pop(number, [])
    run.line_rows.pop(number, None)
    bad = run.bad_lines.get(number)
    if bad is not None:
        raise _Refused("lines", f"a line of this work order was refused ({bad[0]} row {bad[1]})")
    values["XXlinesXX"] = values.pop("_payer_lines", []) + lines
    order = WorkOrder(version=1, **values)
    run.unique(run.work_orders, "number", order.number)
    return order


def x__build_work_order__mutmut_32(run: _Run, table: TableMapping, values: dict[str, Any]) -> WorkOrder:
    _compact_vin(values)
    run.vehicle(values, required=True)
    run.customer(values)
    number = values["number"]
    lines = run.lines.pop(number, [])
    run.line_rows.pop(number, None)
    bad = run.bad_lines.get(number)
    if bad is not None:
        raise _Refused("lines", f"a line of this work order was refused ({bad[0]} row {bad[1]})")
    values["LINES"] = values.pop("_payer_lines", []) + lines
    order = WorkOrder(version=1, **values)
    run.unique(run.work_orders, "number", order.number)
    return order


def x__build_work_order__mutmut_33(run: _Run, table: TableMapping, values: dict[str, Any]) -> WorkOrder:
    _compact_vin(values)
    run.vehicle(values, required=True)
    run.customer(values)
    number = values["number"]
    lines = run.lines.pop(number, [])
    run.line_rows.pop(number, None)
    bad = run.bad_lines.get(number)
    if bad is not None:
        raise _Refused("lines", f"a line of this work order was refused ({bad[0]} row {bad[1]})")
    values["lines"] = values.pop("_payer_lines", []) - lines
    order = WorkOrder(version=1, **values)
    run.unique(run.work_orders, "number", order.number)
    return order


def x__build_work_order__mutmut_34(run: _Run, table: TableMapping, values: dict[str, Any]) -> WorkOrder:
    _compact_vin(values)
    run.vehicle(values, required=True)
    run.customer(values)
    number = values["number"]
    lines = run.lines.pop(number, [])
    run.line_rows.pop(number, None)
    bad = run.bad_lines.get(number)
    if bad is not None:
        raise _Refused("lines", f"a line of this work order was refused ({bad[0]} row {bad[1]})")
    values["lines"] = values.pop(None, []) + lines
    order = WorkOrder(version=1, **values)
    run.unique(run.work_orders, "number", order.number)
    return order


def x__build_work_order__mutmut_35(run: _Run, table: TableMapping, values: dict[str, Any]) -> WorkOrder:
    _compact_vin(values)
    run.vehicle(values, required=True)
    run.customer(values)
    number = values["number"]
    lines = run.lines.pop(number, [])
    run.line_rows.pop(number, None)
    bad = run.bad_lines.get(number)
    if bad is not None:
        raise _Refused("lines", f"a line of this work order was refused ({bad[0]} row {bad[1]})")
    values["lines"] = values.pop("_payer_lines", None) + lines
    order = WorkOrder(version=1, **values)
    run.unique(run.work_orders, "number", order.number)
    return order


def x__build_work_order__mutmut_36(run: _Run, table: TableMapping, values: dict[str, Any]) -> WorkOrder:
    _compact_vin(values)
    run.vehicle(values, required=True)
    run.customer(values)
    number = values["number"]
    lines = run.lines.pop(number, [])
    run.line_rows.pop(number, None)
    bad = run.bad_lines.get(number)
    if bad is not None:
        raise _Refused("lines", f"a line of this work order was refused ({bad[0]} row {bad[1]})")
    values["lines"] = values.pop([]) + lines
    order = WorkOrder(version=1, **values)
    run.unique(run.work_orders, "number", order.number)
    return order


def x__build_work_order__mutmut_37(run: _Run, table: TableMapping, values: dict[str, Any]) -> WorkOrder:
    _compact_vin(values)
    run.vehicle(values, required=True)
    run.customer(values)
    number = values["number"]
    lines = run.lines.pop(number, [])
    run.line_rows.pop(number, None)
    bad = run.bad_lines.get(number)
    if bad is not None:
        raise _Refused("lines", f"a line of this work order was refused ({bad[0]} row {bad[1]})")
    values["lines"] = values.pop("_payer_lines", ) + lines
    order = WorkOrder(version=1, **values)
    run.unique(run.work_orders, "number", order.number)
    return order


def x__build_work_order__mutmut_38(run: _Run, table: TableMapping, values: dict[str, Any]) -> WorkOrder:
    _compact_vin(values)
    run.vehicle(values, required=True)
    run.customer(values)
    number = values["number"]
    lines = run.lines.pop(number, [])
    run.line_rows.pop(number, None)
    bad = run.bad_lines.get(number)
    if bad is not None:
        raise _Refused("lines", f"a line of this work order was refused ({bad[0]} row {bad[1]})")
    values["lines"] = values.pop("XX_payer_linesXX", []) + lines
    order = WorkOrder(version=1, **values)
    run.unique(run.work_orders, "number", order.number)
    return order


def x__build_work_order__mutmut_39(run: _Run, table: TableMapping, values: dict[str, Any]) -> WorkOrder:
    _compact_vin(values)
    run.vehicle(values, required=True)
    run.customer(values)
    number = values["number"]
    lines = run.lines.pop(number, [])
    run.line_rows.pop(number, None)
    bad = run.bad_lines.get(number)
    if bad is not None:
        raise _Refused("lines", f"a line of this work order was refused ({bad[0]} row {bad[1]})")
    values["lines"] = values.pop("_PAYER_LINES", []) + lines
    order = WorkOrder(version=1, **values)
    run.unique(run.work_orders, "number", order.number)
    return order


def x__build_work_order__mutmut_40(run: _Run, table: TableMapping, values: dict[str, Any]) -> WorkOrder:
    _compact_vin(values)
    run.vehicle(values, required=True)
    run.customer(values)
    number = values["number"]
    lines = run.lines.pop(number, [])
    run.line_rows.pop(number, None)
    bad = run.bad_lines.get(number)
    if bad is not None:
        raise _Refused("lines", f"a line of this work order was refused ({bad[0]} row {bad[1]})")
    values["lines"] = values.pop("_payer_lines", []) + lines
    order = None
    run.unique(run.work_orders, "number", order.number)
    return order


def x__build_work_order__mutmut_41(run: _Run, table: TableMapping, values: dict[str, Any]) -> WorkOrder:
    _compact_vin(values)
    run.vehicle(values, required=True)
    run.customer(values)
    number = values["number"]
    lines = run.lines.pop(number, [])
    run.line_rows.pop(number, None)
    bad = run.bad_lines.get(number)
    if bad is not None:
        raise _Refused("lines", f"a line of this work order was refused ({bad[0]} row {bad[1]})")
    values["lines"] = values.pop("_payer_lines", []) + lines
    order = WorkOrder(version=None, **values)
    run.unique(run.work_orders, "number", order.number)
    return order


def x__build_work_order__mutmut_42(run: _Run, table: TableMapping, values: dict[str, Any]) -> WorkOrder:
    _compact_vin(values)
    run.vehicle(values, required=True)
    run.customer(values)
    number = values["number"]
    lines = run.lines.pop(number, [])
    run.line_rows.pop(number, None)
    bad = run.bad_lines.get(number)
    if bad is not None:
        raise _Refused("lines", f"a line of this work order was refused ({bad[0]} row {bad[1]})")
    values["lines"] = values.pop("_payer_lines", []) + lines
    order = WorkOrder(**values)
    run.unique(run.work_orders, "number", order.number)
    return order


def x__build_work_order__mutmut_43(run: _Run, table: TableMapping, values: dict[str, Any]) -> WorkOrder:
    _compact_vin(values)
    run.vehicle(values, required=True)
    run.customer(values)
    number = values["number"]
    lines = run.lines.pop(number, [])
    run.line_rows.pop(number, None)
    bad = run.bad_lines.get(number)
    if bad is not None:
        raise _Refused("lines", f"a line of this work order was refused ({bad[0]} row {bad[1]})")
    values["lines"] = values.pop("_payer_lines", []) + lines
    order = WorkOrder(version=1, )
    run.unique(run.work_orders, "number", order.number)
    return order


def x__build_work_order__mutmut_44(run: _Run, table: TableMapping, values: dict[str, Any]) -> WorkOrder:
    _compact_vin(values)
    run.vehicle(values, required=True)
    run.customer(values)
    number = values["number"]
    lines = run.lines.pop(number, [])
    run.line_rows.pop(number, None)
    bad = run.bad_lines.get(number)
    if bad is not None:
        raise _Refused("lines", f"a line of this work order was refused ({bad[0]} row {bad[1]})")
    values["lines"] = values.pop("_payer_lines", []) + lines
    order = WorkOrder(version=2, **values)
    run.unique(run.work_orders, "number", order.number)
    return order


def x__build_work_order__mutmut_45(run: _Run, table: TableMapping, values: dict[str, Any]) -> WorkOrder:
    _compact_vin(values)
    run.vehicle(values, required=True)
    run.customer(values)
    number = values["number"]
    lines = run.lines.pop(number, [])
    run.line_rows.pop(number, None)
    bad = run.bad_lines.get(number)
    if bad is not None:
        raise _Refused("lines", f"a line of this work order was refused ({bad[0]} row {bad[1]})")
    values["lines"] = values.pop("_payer_lines", []) + lines
    order = WorkOrder(version=1, **values)
    run.unique(None, "number", order.number)
    return order


def x__build_work_order__mutmut_46(run: _Run, table: TableMapping, values: dict[str, Any]) -> WorkOrder:
    _compact_vin(values)
    run.vehicle(values, required=True)
    run.customer(values)
    number = values["number"]
    lines = run.lines.pop(number, [])
    run.line_rows.pop(number, None)
    bad = run.bad_lines.get(number)
    if bad is not None:
        raise _Refused("lines", f"a line of this work order was refused ({bad[0]} row {bad[1]})")
    values["lines"] = values.pop("_payer_lines", []) + lines
    order = WorkOrder(version=1, **values)
    run.unique(run.work_orders, None, order.number)
    return order


def x__build_work_order__mutmut_47(run: _Run, table: TableMapping, values: dict[str, Any]) -> WorkOrder:
    _compact_vin(values)
    run.vehicle(values, required=True)
    run.customer(values)
    number = values["number"]
    lines = run.lines.pop(number, [])
    run.line_rows.pop(number, None)
    bad = run.bad_lines.get(number)
    if bad is not None:
        raise _Refused("lines", f"a line of this work order was refused ({bad[0]} row {bad[1]})")
    values["lines"] = values.pop("_payer_lines", []) + lines
    order = WorkOrder(version=1, **values)
    run.unique(run.work_orders, "number", None)
    return order


def x__build_work_order__mutmut_48(run: _Run, table: TableMapping, values: dict[str, Any]) -> WorkOrder:
    _compact_vin(values)
    run.vehicle(values, required=True)
    run.customer(values)
    number = values["number"]
    lines = run.lines.pop(number, [])
    run.line_rows.pop(number, None)
    bad = run.bad_lines.get(number)
    if bad is not None:
        raise _Refused("lines", f"a line of this work order was refused ({bad[0]} row {bad[1]})")
    values["lines"] = values.pop("_payer_lines", []) + lines
    order = WorkOrder(version=1, **values)
    run.unique("number", order.number)
    return order


def x__build_work_order__mutmut_49(run: _Run, table: TableMapping, values: dict[str, Any]) -> WorkOrder:
    _compact_vin(values)
    run.vehicle(values, required=True)
    run.customer(values)
    number = values["number"]
    lines = run.lines.pop(number, [])
    run.line_rows.pop(number, None)
    bad = run.bad_lines.get(number)
    if bad is not None:
        raise _Refused("lines", f"a line of this work order was refused ({bad[0]} row {bad[1]})")
    values["lines"] = values.pop("_payer_lines", []) + lines
    order = WorkOrder(version=1, **values)
    run.unique(run.work_orders, order.number)
    return order


def x__build_work_order__mutmut_50(run: _Run, table: TableMapping, values: dict[str, Any]) -> WorkOrder:
    _compact_vin(values)
    run.vehicle(values, required=True)
    run.customer(values)
    number = values["number"]
    lines = run.lines.pop(number, [])
    run.line_rows.pop(number, None)
    bad = run.bad_lines.get(number)
    if bad is not None:
        raise _Refused("lines", f"a line of this work order was refused ({bad[0]} row {bad[1]})")
    values["lines"] = values.pop("_payer_lines", []) + lines
    order = WorkOrder(version=1, **values)
    run.unique(run.work_orders, "number", )
    return order


def x__build_work_order__mutmut_51(run: _Run, table: TableMapping, values: dict[str, Any]) -> WorkOrder:
    _compact_vin(values)
    run.vehicle(values, required=True)
    run.customer(values)
    number = values["number"]
    lines = run.lines.pop(number, [])
    run.line_rows.pop(number, None)
    bad = run.bad_lines.get(number)
    if bad is not None:
        raise _Refused("lines", f"a line of this work order was refused ({bad[0]} row {bad[1]})")
    values["lines"] = values.pop("_payer_lines", []) + lines
    order = WorkOrder(version=1, **values)
    run.unique(run.work_orders, "XXnumberXX", order.number)
    return order


def x__build_work_order__mutmut_52(run: _Run, table: TableMapping, values: dict[str, Any]) -> WorkOrder:
    _compact_vin(values)
    run.vehicle(values, required=True)
    run.customer(values)
    number = values["number"]
    lines = run.lines.pop(number, [])
    run.line_rows.pop(number, None)
    bad = run.bad_lines.get(number)
    if bad is not None:
        raise _Refused("lines", f"a line of this work order was refused ({bad[0]} row {bad[1]})")
    values["lines"] = values.pop("_payer_lines", []) + lines
    order = WorkOrder(version=1, **values)
    run.unique(run.work_orders, "NUMBER", order.number)
    return order

mutants_x__build_work_order__mutmut['_mutmut_orig'] = x__build_work_order__mutmut_orig # type: ignore # mutmut generated
mutants_x__build_work_order__mutmut['x__build_work_order__mutmut_1'] = x__build_work_order__mutmut_1 # type: ignore # mutmut generated
mutants_x__build_work_order__mutmut['x__build_work_order__mutmut_2'] = x__build_work_order__mutmut_2 # type: ignore # mutmut generated
mutants_x__build_work_order__mutmut['x__build_work_order__mutmut_3'] = x__build_work_order__mutmut_3 # type: ignore # mutmut generated
mutants_x__build_work_order__mutmut['x__build_work_order__mutmut_4'] = x__build_work_order__mutmut_4 # type: ignore # mutmut generated
mutants_x__build_work_order__mutmut['x__build_work_order__mutmut_5'] = x__build_work_order__mutmut_5 # type: ignore # mutmut generated
mutants_x__build_work_order__mutmut['x__build_work_order__mutmut_6'] = x__build_work_order__mutmut_6 # type: ignore # mutmut generated
mutants_x__build_work_order__mutmut['x__build_work_order__mutmut_7'] = x__build_work_order__mutmut_7 # type: ignore # mutmut generated
mutants_x__build_work_order__mutmut['x__build_work_order__mutmut_8'] = x__build_work_order__mutmut_8 # type: ignore # mutmut generated
mutants_x__build_work_order__mutmut['x__build_work_order__mutmut_9'] = x__build_work_order__mutmut_9 # type: ignore # mutmut generated
mutants_x__build_work_order__mutmut['x__build_work_order__mutmut_10'] = x__build_work_order__mutmut_10 # type: ignore # mutmut generated
mutants_x__build_work_order__mutmut['x__build_work_order__mutmut_11'] = x__build_work_order__mutmut_11 # type: ignore # mutmut generated
mutants_x__build_work_order__mutmut['x__build_work_order__mutmut_12'] = x__build_work_order__mutmut_12 # type: ignore # mutmut generated
mutants_x__build_work_order__mutmut['x__build_work_order__mutmut_13'] = x__build_work_order__mutmut_13 # type: ignore # mutmut generated
mutants_x__build_work_order__mutmut['x__build_work_order__mutmut_14'] = x__build_work_order__mutmut_14 # type: ignore # mutmut generated
mutants_x__build_work_order__mutmut['x__build_work_order__mutmut_15'] = x__build_work_order__mutmut_15 # type: ignore # mutmut generated
mutants_x__build_work_order__mutmut['x__build_work_order__mutmut_16'] = x__build_work_order__mutmut_16 # type: ignore # mutmut generated
mutants_x__build_work_order__mutmut['x__build_work_order__mutmut_17'] = x__build_work_order__mutmut_17 # type: ignore # mutmut generated
mutants_x__build_work_order__mutmut['x__build_work_order__mutmut_18'] = x__build_work_order__mutmut_18 # type: ignore # mutmut generated
mutants_x__build_work_order__mutmut['x__build_work_order__mutmut_19'] = x__build_work_order__mutmut_19 # type: ignore # mutmut generated
mutants_x__build_work_order__mutmut['x__build_work_order__mutmut_20'] = x__build_work_order__mutmut_20 # type: ignore # mutmut generated
mutants_x__build_work_order__mutmut['x__build_work_order__mutmut_21'] = x__build_work_order__mutmut_21 # type: ignore # mutmut generated
mutants_x__build_work_order__mutmut['x__build_work_order__mutmut_22'] = x__build_work_order__mutmut_22 # type: ignore # mutmut generated
mutants_x__build_work_order__mutmut['x__build_work_order__mutmut_23'] = x__build_work_order__mutmut_23 # type: ignore # mutmut generated
mutants_x__build_work_order__mutmut['x__build_work_order__mutmut_24'] = x__build_work_order__mutmut_24 # type: ignore # mutmut generated
mutants_x__build_work_order__mutmut['x__build_work_order__mutmut_25'] = x__build_work_order__mutmut_25 # type: ignore # mutmut generated
mutants_x__build_work_order__mutmut['x__build_work_order__mutmut_26'] = x__build_work_order__mutmut_26 # type: ignore # mutmut generated
mutants_x__build_work_order__mutmut['x__build_work_order__mutmut_27'] = x__build_work_order__mutmut_27 # type: ignore # mutmut generated
mutants_x__build_work_order__mutmut['x__build_work_order__mutmut_28'] = x__build_work_order__mutmut_28 # type: ignore # mutmut generated
mutants_x__build_work_order__mutmut['x__build_work_order__mutmut_29'] = x__build_work_order__mutmut_29 # type: ignore # mutmut generated
mutants_x__build_work_order__mutmut['x__build_work_order__mutmut_30'] = x__build_work_order__mutmut_30 # type: ignore # mutmut generated
mutants_x__build_work_order__mutmut['x__build_work_order__mutmut_31'] = x__build_work_order__mutmut_31 # type: ignore # mutmut generated
mutants_x__build_work_order__mutmut['x__build_work_order__mutmut_32'] = x__build_work_order__mutmut_32 # type: ignore # mutmut generated
mutants_x__build_work_order__mutmut['x__build_work_order__mutmut_33'] = x__build_work_order__mutmut_33 # type: ignore # mutmut generated
mutants_x__build_work_order__mutmut['x__build_work_order__mutmut_34'] = x__build_work_order__mutmut_34 # type: ignore # mutmut generated
mutants_x__build_work_order__mutmut['x__build_work_order__mutmut_35'] = x__build_work_order__mutmut_35 # type: ignore # mutmut generated
mutants_x__build_work_order__mutmut['x__build_work_order__mutmut_36'] = x__build_work_order__mutmut_36 # type: ignore # mutmut generated
mutants_x__build_work_order__mutmut['x__build_work_order__mutmut_37'] = x__build_work_order__mutmut_37 # type: ignore # mutmut generated
mutants_x__build_work_order__mutmut['x__build_work_order__mutmut_38'] = x__build_work_order__mutmut_38 # type: ignore # mutmut generated
mutants_x__build_work_order__mutmut['x__build_work_order__mutmut_39'] = x__build_work_order__mutmut_39 # type: ignore # mutmut generated
mutants_x__build_work_order__mutmut['x__build_work_order__mutmut_40'] = x__build_work_order__mutmut_40 # type: ignore # mutmut generated
mutants_x__build_work_order__mutmut['x__build_work_order__mutmut_41'] = x__build_work_order__mutmut_41 # type: ignore # mutmut generated
mutants_x__build_work_order__mutmut['x__build_work_order__mutmut_42'] = x__build_work_order__mutmut_42 # type: ignore # mutmut generated
mutants_x__build_work_order__mutmut['x__build_work_order__mutmut_43'] = x__build_work_order__mutmut_43 # type: ignore # mutmut generated
mutants_x__build_work_order__mutmut['x__build_work_order__mutmut_44'] = x__build_work_order__mutmut_44 # type: ignore # mutmut generated
mutants_x__build_work_order__mutmut['x__build_work_order__mutmut_45'] = x__build_work_order__mutmut_45 # type: ignore # mutmut generated
mutants_x__build_work_order__mutmut['x__build_work_order__mutmut_46'] = x__build_work_order__mutmut_46 # type: ignore # mutmut generated
mutants_x__build_work_order__mutmut['x__build_work_order__mutmut_47'] = x__build_work_order__mutmut_47 # type: ignore # mutmut generated
mutants_x__build_work_order__mutmut['x__build_work_order__mutmut_48'] = x__build_work_order__mutmut_48 # type: ignore # mutmut generated
mutants_x__build_work_order__mutmut['x__build_work_order__mutmut_49'] = x__build_work_order__mutmut_49 # type: ignore # mutmut generated
mutants_x__build_work_order__mutmut['x__build_work_order__mutmut_50'] = x__build_work_order__mutmut_50 # type: ignore # mutmut generated
mutants_x__build_work_order__mutmut['x__build_work_order__mutmut_51'] = x__build_work_order__mutmut_51 # type: ignore # mutmut generated
mutants_x__build_work_order__mutmut['x__build_work_order__mutmut_52'] = x__build_work_order__mutmut_52 # type: ignore # mutmut generated
mutants_x__check_optional_refs__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__check_optional_refs__mutmut)
def _check_optional_refs(run: _Run, values: dict[str, Any]) -> None:
    _compact_vin(values)
    run.vehicle(values, required=False)
    run.customer(values)
    number = values.get("work_order_number")
    if number is not None and number not in run.work_orders:
        problem = f"work order {shown(number)} is not among the imported work orders"
        raise _Refused("work_order_number", problem)


def x__check_optional_refs__mutmut_orig(run: _Run, values: dict[str, Any]) -> None:
    _compact_vin(values)
    run.vehicle(values, required=False)
    run.customer(values)
    number = values.get("work_order_number")
    if number is not None and number not in run.work_orders:
        problem = f"work order {shown(number)} is not among the imported work orders"
        raise _Refused("work_order_number", problem)


def x__check_optional_refs__mutmut_1(run: _Run, values: dict[str, Any]) -> None:
    _compact_vin(None)
    run.vehicle(values, required=False)
    run.customer(values)
    number = values.get("work_order_number")
    if number is not None and number not in run.work_orders:
        problem = f"work order {shown(number)} is not among the imported work orders"
        raise _Refused("work_order_number", problem)


def x__check_optional_refs__mutmut_2(run: _Run, values: dict[str, Any]) -> None:
    _compact_vin(values)
    run.vehicle(None, required=False)
    run.customer(values)
    number = values.get("work_order_number")
    if number is not None and number not in run.work_orders:
        problem = f"work order {shown(number)} is not among the imported work orders"
        raise _Refused("work_order_number", problem)


def x__check_optional_refs__mutmut_3(run: _Run, values: dict[str, Any]) -> None:
    _compact_vin(values)
    run.vehicle(values, required=None)
    run.customer(values)
    number = values.get("work_order_number")
    if number is not None and number not in run.work_orders:
        problem = f"work order {shown(number)} is not among the imported work orders"
        raise _Refused("work_order_number", problem)


def x__check_optional_refs__mutmut_4(run: _Run, values: dict[str, Any]) -> None:
    _compact_vin(values)
    run.vehicle(required=False)
    run.customer(values)
    number = values.get("work_order_number")
    if number is not None and number not in run.work_orders:
        problem = f"work order {shown(number)} is not among the imported work orders"
        raise _Refused("work_order_number", problem)


def x__check_optional_refs__mutmut_5(run: _Run, values: dict[str, Any]) -> None:
    _compact_vin(values)
    run.vehicle(values, )
    run.customer(values)
    number = values.get("work_order_number")
    if number is not None and number not in run.work_orders:
        problem = f"work order {shown(number)} is not among the imported work orders"
        raise _Refused("work_order_number", problem)


def x__check_optional_refs__mutmut_6(run: _Run, values: dict[str, Any]) -> None:
    _compact_vin(values)
    run.vehicle(values, required=True)
    run.customer(values)
    number = values.get("work_order_number")
    if number is not None and number not in run.work_orders:
        problem = f"work order {shown(number)} is not among the imported work orders"
        raise _Refused("work_order_number", problem)


def x__check_optional_refs__mutmut_7(run: _Run, values: dict[str, Any]) -> None:
    _compact_vin(values)
    run.vehicle(values, required=False)
    run.customer(None)
    number = values.get("work_order_number")
    if number is not None and number not in run.work_orders:
        problem = f"work order {shown(number)} is not among the imported work orders"
        raise _Refused("work_order_number", problem)


def x__check_optional_refs__mutmut_8(run: _Run, values: dict[str, Any]) -> None:
    _compact_vin(values)
    run.vehicle(values, required=False)
    run.customer(values)
    number = None
    if number is not None and number not in run.work_orders:
        problem = f"work order {shown(number)} is not among the imported work orders"
        raise _Refused("work_order_number", problem)


def x__check_optional_refs__mutmut_9(run: _Run, values: dict[str, Any]) -> None:
    _compact_vin(values)
    run.vehicle(values, required=False)
    run.customer(values)
    number = values.get(None)
    if number is not None and number not in run.work_orders:
        problem = f"work order {shown(number)} is not among the imported work orders"
        raise _Refused("work_order_number", problem)


def x__check_optional_refs__mutmut_10(run: _Run, values: dict[str, Any]) -> None:
    _compact_vin(values)
    run.vehicle(values, required=False)
    run.customer(values)
    number = values.get("XXwork_order_numberXX")
    if number is not None and number not in run.work_orders:
        problem = f"work order {shown(number)} is not among the imported work orders"
        raise _Refused("work_order_number", problem)


def x__check_optional_refs__mutmut_11(run: _Run, values: dict[str, Any]) -> None:
    _compact_vin(values)
    run.vehicle(values, required=False)
    run.customer(values)
    number = values.get("WORK_ORDER_NUMBER")
    if number is not None and number not in run.work_orders:
        problem = f"work order {shown(number)} is not among the imported work orders"
        raise _Refused("work_order_number", problem)


def x__check_optional_refs__mutmut_12(run: _Run, values: dict[str, Any]) -> None:
    _compact_vin(values)
    run.vehicle(values, required=False)
    run.customer(values)
    number = values.get("work_order_number")
    if number is not None or number not in run.work_orders:
        problem = f"work order {shown(number)} is not among the imported work orders"
        raise _Refused("work_order_number", problem)


def x__check_optional_refs__mutmut_13(run: _Run, values: dict[str, Any]) -> None:
    _compact_vin(values)
    run.vehicle(values, required=False)
    run.customer(values)
    number = values.get("work_order_number")
    if number is None and number not in run.work_orders:
        problem = f"work order {shown(number)} is not among the imported work orders"
        raise _Refused("work_order_number", problem)


def x__check_optional_refs__mutmut_14(run: _Run, values: dict[str, Any]) -> None:
    _compact_vin(values)
    run.vehicle(values, required=False)
    run.customer(values)
    number = values.get("work_order_number")
    if number is not None and number in run.work_orders:
        problem = f"work order {shown(number)} is not among the imported work orders"
        raise _Refused("work_order_number", problem)


def x__check_optional_refs__mutmut_15(run: _Run, values: dict[str, Any]) -> None:
    _compact_vin(values)
    run.vehicle(values, required=False)
    run.customer(values)
    number = values.get("work_order_number")
    if number is not None and number not in run.work_orders:
        problem = None
        raise _Refused("work_order_number", problem)


def x__check_optional_refs__mutmut_16(run: _Run, values: dict[str, Any]) -> None:
    _compact_vin(values)
    run.vehicle(values, required=False)
    run.customer(values)
    number = values.get("work_order_number")
    if number is not None and number not in run.work_orders:
        problem = f"work order {shown(None)} is not among the imported work orders"
        raise _Refused("work_order_number", problem)


def x__check_optional_refs__mutmut_17(run: _Run, values: dict[str, Any]) -> None:
    _compact_vin(values)
    run.vehicle(values, required=False)
    run.customer(values)
    number = values.get("work_order_number")
    if number is not None and number not in run.work_orders:
        problem = f"work order {shown(number)} is not among the imported work orders"
        raise _Refused(None, problem)


def x__check_optional_refs__mutmut_18(run: _Run, values: dict[str, Any]) -> None:
    _compact_vin(values)
    run.vehicle(values, required=False)
    run.customer(values)
    number = values.get("work_order_number")
    if number is not None and number not in run.work_orders:
        problem = f"work order {shown(number)} is not among the imported work orders"
        raise _Refused("work_order_number", None)


def x__check_optional_refs__mutmut_19(run: _Run, values: dict[str, Any]) -> None:
    _compact_vin(values)
    run.vehicle(values, required=False)
    run.customer(values)
    number = values.get("work_order_number")
    if number is not None and number not in run.work_orders:
        problem = f"work order {shown(number)} is not among the imported work orders"
        raise _Refused(problem)


def x__check_optional_refs__mutmut_20(run: _Run, values: dict[str, Any]) -> None:
    _compact_vin(values)
    run.vehicle(values, required=False)
    run.customer(values)
    number = values.get("work_order_number")
    if number is not None and number not in run.work_orders:
        problem = f"work order {shown(number)} is not among the imported work orders"
        raise _Refused("work_order_number", )


def x__check_optional_refs__mutmut_21(run: _Run, values: dict[str, Any]) -> None:
    _compact_vin(values)
    run.vehicle(values, required=False)
    run.customer(values)
    number = values.get("work_order_number")
    if number is not None and number not in run.work_orders:
        problem = f"work order {shown(number)} is not among the imported work orders"
        raise _Refused("XXwork_order_numberXX", problem)


def x__check_optional_refs__mutmut_22(run: _Run, values: dict[str, Any]) -> None:
    _compact_vin(values)
    run.vehicle(values, required=False)
    run.customer(values)
    number = values.get("work_order_number")
    if number is not None and number not in run.work_orders:
        problem = f"work order {shown(number)} is not among the imported work orders"
        raise _Refused("WORK_ORDER_NUMBER", problem)

mutants_x__check_optional_refs__mutmut['_mutmut_orig'] = x__check_optional_refs__mutmut_orig # type: ignore # mutmut generated
mutants_x__check_optional_refs__mutmut['x__check_optional_refs__mutmut_1'] = x__check_optional_refs__mutmut_1 # type: ignore # mutmut generated
mutants_x__check_optional_refs__mutmut['x__check_optional_refs__mutmut_2'] = x__check_optional_refs__mutmut_2 # type: ignore # mutmut generated
mutants_x__check_optional_refs__mutmut['x__check_optional_refs__mutmut_3'] = x__check_optional_refs__mutmut_3 # type: ignore # mutmut generated
mutants_x__check_optional_refs__mutmut['x__check_optional_refs__mutmut_4'] = x__check_optional_refs__mutmut_4 # type: ignore # mutmut generated
mutants_x__check_optional_refs__mutmut['x__check_optional_refs__mutmut_5'] = x__check_optional_refs__mutmut_5 # type: ignore # mutmut generated
mutants_x__check_optional_refs__mutmut['x__check_optional_refs__mutmut_6'] = x__check_optional_refs__mutmut_6 # type: ignore # mutmut generated
mutants_x__check_optional_refs__mutmut['x__check_optional_refs__mutmut_7'] = x__check_optional_refs__mutmut_7 # type: ignore # mutmut generated
mutants_x__check_optional_refs__mutmut['x__check_optional_refs__mutmut_8'] = x__check_optional_refs__mutmut_8 # type: ignore # mutmut generated
mutants_x__check_optional_refs__mutmut['x__check_optional_refs__mutmut_9'] = x__check_optional_refs__mutmut_9 # type: ignore # mutmut generated
mutants_x__check_optional_refs__mutmut['x__check_optional_refs__mutmut_10'] = x__check_optional_refs__mutmut_10 # type: ignore # mutmut generated
mutants_x__check_optional_refs__mutmut['x__check_optional_refs__mutmut_11'] = x__check_optional_refs__mutmut_11 # type: ignore # mutmut generated
mutants_x__check_optional_refs__mutmut['x__check_optional_refs__mutmut_12'] = x__check_optional_refs__mutmut_12 # type: ignore # mutmut generated
mutants_x__check_optional_refs__mutmut['x__check_optional_refs__mutmut_13'] = x__check_optional_refs__mutmut_13 # type: ignore # mutmut generated
mutants_x__check_optional_refs__mutmut['x__check_optional_refs__mutmut_14'] = x__check_optional_refs__mutmut_14 # type: ignore # mutmut generated
mutants_x__check_optional_refs__mutmut['x__check_optional_refs__mutmut_15'] = x__check_optional_refs__mutmut_15 # type: ignore # mutmut generated
mutants_x__check_optional_refs__mutmut['x__check_optional_refs__mutmut_16'] = x__check_optional_refs__mutmut_16 # type: ignore # mutmut generated
mutants_x__check_optional_refs__mutmut['x__check_optional_refs__mutmut_17'] = x__check_optional_refs__mutmut_17 # type: ignore # mutmut generated
mutants_x__check_optional_refs__mutmut['x__check_optional_refs__mutmut_18'] = x__check_optional_refs__mutmut_18 # type: ignore # mutmut generated
mutants_x__check_optional_refs__mutmut['x__check_optional_refs__mutmut_19'] = x__check_optional_refs__mutmut_19 # type: ignore # mutmut generated
mutants_x__check_optional_refs__mutmut['x__check_optional_refs__mutmut_20'] = x__check_optional_refs__mutmut_20 # type: ignore # mutmut generated
mutants_x__check_optional_refs__mutmut['x__check_optional_refs__mutmut_21'] = x__check_optional_refs__mutmut_21 # type: ignore # mutmut generated
mutants_x__check_optional_refs__mutmut['x__check_optional_refs__mutmut_22'] = x__check_optional_refs__mutmut_22 # type: ignore # mutmut generated
mutants_x__build_complaint__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__build_complaint__mutmut)
def _build_complaint(run: _Run, table: TableMapping, values: dict[str, Any]) -> Complaint:
    _check_optional_refs(run, values)
    complaint = Complaint(version=1, **values)
    run.unique(run.complaints, "number", complaint.number)
    return complaint


def x__build_complaint__mutmut_orig(run: _Run, table: TableMapping, values: dict[str, Any]) -> Complaint:
    _check_optional_refs(run, values)
    complaint = Complaint(version=1, **values)
    run.unique(run.complaints, "number", complaint.number)
    return complaint


def x__build_complaint__mutmut_1(run: _Run, table: TableMapping, values: dict[str, Any]) -> Complaint:
    _check_optional_refs(None, values)
    complaint = Complaint(version=1, **values)
    run.unique(run.complaints, "number", complaint.number)
    return complaint


def x__build_complaint__mutmut_2(run: _Run, table: TableMapping, values: dict[str, Any]) -> Complaint:
    _check_optional_refs(run, None)
    complaint = Complaint(version=1, **values)
    run.unique(run.complaints, "number", complaint.number)
    return complaint


def x__build_complaint__mutmut_3(run: _Run, table: TableMapping, values: dict[str, Any]) -> Complaint:
    _check_optional_refs(values)
    complaint = Complaint(version=1, **values)
    run.unique(run.complaints, "number", complaint.number)
    return complaint


def x__build_complaint__mutmut_4(run: _Run, table: TableMapping, values: dict[str, Any]) -> Complaint:
    _check_optional_refs(run, )
    complaint = Complaint(version=1, **values)
    run.unique(run.complaints, "number", complaint.number)
    return complaint


def x__build_complaint__mutmut_5(run: _Run, table: TableMapping, values: dict[str, Any]) -> Complaint:
    _check_optional_refs(run, values)
    complaint = None
    run.unique(run.complaints, "number", complaint.number)
    return complaint


def x__build_complaint__mutmut_6(run: _Run, table: TableMapping, values: dict[str, Any]) -> Complaint:
    _check_optional_refs(run, values)
    complaint = Complaint(version=None, **values)
    run.unique(run.complaints, "number", complaint.number)
    return complaint


def x__build_complaint__mutmut_7(run: _Run, table: TableMapping, values: dict[str, Any]) -> Complaint:
    _check_optional_refs(run, values)
    complaint = Complaint(**values)
    run.unique(run.complaints, "number", complaint.number)
    return complaint


def x__build_complaint__mutmut_8(run: _Run, table: TableMapping, values: dict[str, Any]) -> Complaint:
    _check_optional_refs(run, values)
    complaint = Complaint(version=1, )
    run.unique(run.complaints, "number", complaint.number)
    return complaint


def x__build_complaint__mutmut_9(run: _Run, table: TableMapping, values: dict[str, Any]) -> Complaint:
    _check_optional_refs(run, values)
    complaint = Complaint(version=2, **values)
    run.unique(run.complaints, "number", complaint.number)
    return complaint


def x__build_complaint__mutmut_10(run: _Run, table: TableMapping, values: dict[str, Any]) -> Complaint:
    _check_optional_refs(run, values)
    complaint = Complaint(version=1, **values)
    run.unique(None, "number", complaint.number)
    return complaint


def x__build_complaint__mutmut_11(run: _Run, table: TableMapping, values: dict[str, Any]) -> Complaint:
    _check_optional_refs(run, values)
    complaint = Complaint(version=1, **values)
    run.unique(run.complaints, None, complaint.number)
    return complaint


def x__build_complaint__mutmut_12(run: _Run, table: TableMapping, values: dict[str, Any]) -> Complaint:
    _check_optional_refs(run, values)
    complaint = Complaint(version=1, **values)
    run.unique(run.complaints, "number", None)
    return complaint


def x__build_complaint__mutmut_13(run: _Run, table: TableMapping, values: dict[str, Any]) -> Complaint:
    _check_optional_refs(run, values)
    complaint = Complaint(version=1, **values)
    run.unique("number", complaint.number)
    return complaint


def x__build_complaint__mutmut_14(run: _Run, table: TableMapping, values: dict[str, Any]) -> Complaint:
    _check_optional_refs(run, values)
    complaint = Complaint(version=1, **values)
    run.unique(run.complaints, complaint.number)
    return complaint


def x__build_complaint__mutmut_15(run: _Run, table: TableMapping, values: dict[str, Any]) -> Complaint:
    _check_optional_refs(run, values)
    complaint = Complaint(version=1, **values)
    run.unique(run.complaints, "number", )
    return complaint


def x__build_complaint__mutmut_16(run: _Run, table: TableMapping, values: dict[str, Any]) -> Complaint:
    _check_optional_refs(run, values)
    complaint = Complaint(version=1, **values)
    run.unique(run.complaints, "XXnumberXX", complaint.number)
    return complaint


def x__build_complaint__mutmut_17(run: _Run, table: TableMapping, values: dict[str, Any]) -> Complaint:
    _check_optional_refs(run, values)
    complaint = Complaint(version=1, **values)
    run.unique(run.complaints, "NUMBER", complaint.number)
    return complaint

mutants_x__build_complaint__mutmut['_mutmut_orig'] = x__build_complaint__mutmut_orig # type: ignore # mutmut generated
mutants_x__build_complaint__mutmut['x__build_complaint__mutmut_1'] = x__build_complaint__mutmut_1 # type: ignore # mutmut generated
mutants_x__build_complaint__mutmut['x__build_complaint__mutmut_2'] = x__build_complaint__mutmut_2 # type: ignore # mutmut generated
mutants_x__build_complaint__mutmut['x__build_complaint__mutmut_3'] = x__build_complaint__mutmut_3 # type: ignore # mutmut generated
mutants_x__build_complaint__mutmut['x__build_complaint__mutmut_4'] = x__build_complaint__mutmut_4 # type: ignore # mutmut generated
mutants_x__build_complaint__mutmut['x__build_complaint__mutmut_5'] = x__build_complaint__mutmut_5 # type: ignore # mutmut generated
mutants_x__build_complaint__mutmut['x__build_complaint__mutmut_6'] = x__build_complaint__mutmut_6 # type: ignore # mutmut generated
mutants_x__build_complaint__mutmut['x__build_complaint__mutmut_7'] = x__build_complaint__mutmut_7 # type: ignore # mutmut generated
mutants_x__build_complaint__mutmut['x__build_complaint__mutmut_8'] = x__build_complaint__mutmut_8 # type: ignore # mutmut generated
mutants_x__build_complaint__mutmut['x__build_complaint__mutmut_9'] = x__build_complaint__mutmut_9 # type: ignore # mutmut generated
mutants_x__build_complaint__mutmut['x__build_complaint__mutmut_10'] = x__build_complaint__mutmut_10 # type: ignore # mutmut generated
mutants_x__build_complaint__mutmut['x__build_complaint__mutmut_11'] = x__build_complaint__mutmut_11 # type: ignore # mutmut generated
mutants_x__build_complaint__mutmut['x__build_complaint__mutmut_12'] = x__build_complaint__mutmut_12 # type: ignore # mutmut generated
mutants_x__build_complaint__mutmut['x__build_complaint__mutmut_13'] = x__build_complaint__mutmut_13 # type: ignore # mutmut generated
mutants_x__build_complaint__mutmut['x__build_complaint__mutmut_14'] = x__build_complaint__mutmut_14 # type: ignore # mutmut generated
mutants_x__build_complaint__mutmut['x__build_complaint__mutmut_15'] = x__build_complaint__mutmut_15 # type: ignore # mutmut generated
mutants_x__build_complaint__mutmut['x__build_complaint__mutmut_16'] = x__build_complaint__mutmut_16 # type: ignore # mutmut generated
mutants_x__build_complaint__mutmut['x__build_complaint__mutmut_17'] = x__build_complaint__mutmut_17 # type: ignore # mutmut generated


_ATTEMPT_FIELDS = ("called_at", "outcome", "called_by", "rating", "opinion")
mutants_x__build_followup__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__build_followup__mutmut)
def _build_followup(run: _Run, table: TableMapping, values: dict[str, Any]) -> FollowUp:
    _check_optional_refs(run, values)
    complaint = values.get("complaint_number")
    if complaint is not None and complaint not in run.complaints:
        problem = f"complaint {shown(complaint)} is not among the imported complaints"
        raise _Refused("complaint_number", problem)
    call = {name: values.pop(name) for name in _ATTEMPT_FIELDS if name in values}
    if call:
        if "called_at" not in call or "outcome" not in call:
            missing = "called_at" if "called_at" not in call else "outcome"
            raise _Refused(missing, "a call needs both its time and its outcome")
        values["attempts"] = [
            CallAttempt(
                call["called_at"],
                call["outcome"],
                by=call.get("called_by"),
                rating=call.get("rating"),
                opinion=call.get("opinion"),
            )
        ]
    values.setdefault("earliest", values["due"])
    values.setdefault("latest", values["due"])
    followup = FollowUp(version=1, **values)
    run.unique(run.followups, "number", followup.number)
    return followup


def x__build_followup__mutmut_orig(run: _Run, table: TableMapping, values: dict[str, Any]) -> FollowUp:
    _check_optional_refs(run, values)
    complaint = values.get("complaint_number")
    if complaint is not None and complaint not in run.complaints:
        problem = f"complaint {shown(complaint)} is not among the imported complaints"
        raise _Refused("complaint_number", problem)
    call = {name: values.pop(name) for name in _ATTEMPT_FIELDS if name in values}
    if call:
        if "called_at" not in call or "outcome" not in call:
            missing = "called_at" if "called_at" not in call else "outcome"
            raise _Refused(missing, "a call needs both its time and its outcome")
        values["attempts"] = [
            CallAttempt(
                call["called_at"],
                call["outcome"],
                by=call.get("called_by"),
                rating=call.get("rating"),
                opinion=call.get("opinion"),
            )
        ]
    values.setdefault("earliest", values["due"])
    values.setdefault("latest", values["due"])
    followup = FollowUp(version=1, **values)
    run.unique(run.followups, "number", followup.number)
    return followup


def x__build_followup__mutmut_1(run: _Run, table: TableMapping, values: dict[str, Any]) -> FollowUp:
    _check_optional_refs(None, values)
    complaint = values.get("complaint_number")
    if complaint is not None and complaint not in run.complaints:
        problem = f"complaint {shown(complaint)} is not among the imported complaints"
        raise _Refused("complaint_number", problem)
    call = {name: values.pop(name) for name in _ATTEMPT_FIELDS if name in values}
    if call:
        if "called_at" not in call or "outcome" not in call:
            missing = "called_at" if "called_at" not in call else "outcome"
            raise _Refused(missing, "a call needs both its time and its outcome")
        values["attempts"] = [
            CallAttempt(
                call["called_at"],
                call["outcome"],
                by=call.get("called_by"),
                rating=call.get("rating"),
                opinion=call.get("opinion"),
            )
        ]
    values.setdefault("earliest", values["due"])
    values.setdefault("latest", values["due"])
    followup = FollowUp(version=1, **values)
    run.unique(run.followups, "number", followup.number)
    return followup


def x__build_followup__mutmut_2(run: _Run, table: TableMapping, values: dict[str, Any]) -> FollowUp:
    _check_optional_refs(run, None)
    complaint = values.get("complaint_number")
    if complaint is not None and complaint not in run.complaints:
        problem = f"complaint {shown(complaint)} is not among the imported complaints"
        raise _Refused("complaint_number", problem)
    call = {name: values.pop(name) for name in _ATTEMPT_FIELDS if name in values}
    if call:
        if "called_at" not in call or "outcome" not in call:
            missing = "called_at" if "called_at" not in call else "outcome"
            raise _Refused(missing, "a call needs both its time and its outcome")
        values["attempts"] = [
            CallAttempt(
                call["called_at"],
                call["outcome"],
                by=call.get("called_by"),
                rating=call.get("rating"),
                opinion=call.get("opinion"),
            )
        ]
    values.setdefault("earliest", values["due"])
    values.setdefault("latest", values["due"])
    followup = FollowUp(version=1, **values)
    run.unique(run.followups, "number", followup.number)
    return followup


def x__build_followup__mutmut_3(run: _Run, table: TableMapping, values: dict[str, Any]) -> FollowUp:
    _check_optional_refs(values)
    complaint = values.get("complaint_number")
    if complaint is not None and complaint not in run.complaints:
        problem = f"complaint {shown(complaint)} is not among the imported complaints"
        raise _Refused("complaint_number", problem)
    call = {name: values.pop(name) for name in _ATTEMPT_FIELDS if name in values}
    if call:
        if "called_at" not in call or "outcome" not in call:
            missing = "called_at" if "called_at" not in call else "outcome"
            raise _Refused(missing, "a call needs both its time and its outcome")
        values["attempts"] = [
            CallAttempt(
                call["called_at"],
                call["outcome"],
                by=call.get("called_by"),
                rating=call.get("rating"),
                opinion=call.get("opinion"),
            )
        ]
    values.setdefault("earliest", values["due"])
    values.setdefault("latest", values["due"])
    followup = FollowUp(version=1, **values)
    run.unique(run.followups, "number", followup.number)
    return followup


def x__build_followup__mutmut_4(run: _Run, table: TableMapping, values: dict[str, Any]) -> FollowUp:
    _check_optional_refs(run, )
    complaint = values.get("complaint_number")
    if complaint is not None and complaint not in run.complaints:
        problem = f"complaint {shown(complaint)} is not among the imported complaints"
        raise _Refused("complaint_number", problem)
    call = {name: values.pop(name) for name in _ATTEMPT_FIELDS if name in values}
    if call:
        if "called_at" not in call or "outcome" not in call:
            missing = "called_at" if "called_at" not in call else "outcome"
            raise _Refused(missing, "a call needs both its time and its outcome")
        values["attempts"] = [
            CallAttempt(
                call["called_at"],
                call["outcome"],
                by=call.get("called_by"),
                rating=call.get("rating"),
                opinion=call.get("opinion"),
            )
        ]
    values.setdefault("earliest", values["due"])
    values.setdefault("latest", values["due"])
    followup = FollowUp(version=1, **values)
    run.unique(run.followups, "number", followup.number)
    return followup


def x__build_followup__mutmut_5(run: _Run, table: TableMapping, values: dict[str, Any]) -> FollowUp:
    _check_optional_refs(run, values)
    complaint = None
    if complaint is not None and complaint not in run.complaints:
        problem = f"complaint {shown(complaint)} is not among the imported complaints"
        raise _Refused("complaint_number", problem)
    call = {name: values.pop(name) for name in _ATTEMPT_FIELDS if name in values}
    if call:
        if "called_at" not in call or "outcome" not in call:
            missing = "called_at" if "called_at" not in call else "outcome"
            raise _Refused(missing, "a call needs both its time and its outcome")
        values["attempts"] = [
            CallAttempt(
                call["called_at"],
                call["outcome"],
                by=call.get("called_by"),
                rating=call.get("rating"),
                opinion=call.get("opinion"),
            )
        ]
    values.setdefault("earliest", values["due"])
    values.setdefault("latest", values["due"])
    followup = FollowUp(version=1, **values)
    run.unique(run.followups, "number", followup.number)
    return followup


def x__build_followup__mutmut_6(run: _Run, table: TableMapping, values: dict[str, Any]) -> FollowUp:
    _check_optional_refs(run, values)
    complaint = values.get(None)
    if complaint is not None and complaint not in run.complaints:
        problem = f"complaint {shown(complaint)} is not among the imported complaints"
        raise _Refused("complaint_number", problem)
    call = {name: values.pop(name) for name in _ATTEMPT_FIELDS if name in values}
    if call:
        if "called_at" not in call or "outcome" not in call:
            missing = "called_at" if "called_at" not in call else "outcome"
            raise _Refused(missing, "a call needs both its time and its outcome")
        values["attempts"] = [
            CallAttempt(
                call["called_at"],
                call["outcome"],
                by=call.get("called_by"),
                rating=call.get("rating"),
                opinion=call.get("opinion"),
            )
        ]
    values.setdefault("earliest", values["due"])
    values.setdefault("latest", values["due"])
    followup = FollowUp(version=1, **values)
    run.unique(run.followups, "number", followup.number)
    return followup


def x__build_followup__mutmut_7(run: _Run, table: TableMapping, values: dict[str, Any]) -> FollowUp:
    _check_optional_refs(run, values)
    complaint = values.get("XXcomplaint_numberXX")
    if complaint is not None and complaint not in run.complaints:
        problem = f"complaint {shown(complaint)} is not among the imported complaints"
        raise _Refused("complaint_number", problem)
    call = {name: values.pop(name) for name in _ATTEMPT_FIELDS if name in values}
    if call:
        if "called_at" not in call or "outcome" not in call:
            missing = "called_at" if "called_at" not in call else "outcome"
            raise _Refused(missing, "a call needs both its time and its outcome")
        values["attempts"] = [
            CallAttempt(
                call["called_at"],
                call["outcome"],
                by=call.get("called_by"),
                rating=call.get("rating"),
                opinion=call.get("opinion"),
            )
        ]
    values.setdefault("earliest", values["due"])
    values.setdefault("latest", values["due"])
    followup = FollowUp(version=1, **values)
    run.unique(run.followups, "number", followup.number)
    return followup


def x__build_followup__mutmut_8(run: _Run, table: TableMapping, values: dict[str, Any]) -> FollowUp:
    _check_optional_refs(run, values)
    complaint = values.get("COMPLAINT_NUMBER")
    if complaint is not None and complaint not in run.complaints:
        problem = f"complaint {shown(complaint)} is not among the imported complaints"
        raise _Refused("complaint_number", problem)
    call = {name: values.pop(name) for name in _ATTEMPT_FIELDS if name in values}
    if call:
        if "called_at" not in call or "outcome" not in call:
            missing = "called_at" if "called_at" not in call else "outcome"
            raise _Refused(missing, "a call needs both its time and its outcome")
        values["attempts"] = [
            CallAttempt(
                call["called_at"],
                call["outcome"],
                by=call.get("called_by"),
                rating=call.get("rating"),
                opinion=call.get("opinion"),
            )
        ]
    values.setdefault("earliest", values["due"])
    values.setdefault("latest", values["due"])
    followup = FollowUp(version=1, **values)
    run.unique(run.followups, "number", followup.number)
    return followup


def x__build_followup__mutmut_9(run: _Run, table: TableMapping, values: dict[str, Any]) -> FollowUp:
    _check_optional_refs(run, values)
    complaint = values.get("complaint_number")
    if complaint is not None or complaint not in run.complaints:
        problem = f"complaint {shown(complaint)} is not among the imported complaints"
        raise _Refused("complaint_number", problem)
    call = {name: values.pop(name) for name in _ATTEMPT_FIELDS if name in values}
    if call:
        if "called_at" not in call or "outcome" not in call:
            missing = "called_at" if "called_at" not in call else "outcome"
            raise _Refused(missing, "a call needs both its time and its outcome")
        values["attempts"] = [
            CallAttempt(
                call["called_at"],
                call["outcome"],
                by=call.get("called_by"),
                rating=call.get("rating"),
                opinion=call.get("opinion"),
            )
        ]
    values.setdefault("earliest", values["due"])
    values.setdefault("latest", values["due"])
    followup = FollowUp(version=1, **values)
    run.unique(run.followups, "number", followup.number)
    return followup


def x__build_followup__mutmut_10(run: _Run, table: TableMapping, values: dict[str, Any]) -> FollowUp:
    _check_optional_refs(run, values)
    complaint = values.get("complaint_number")
    if complaint is None and complaint not in run.complaints:
        problem = f"complaint {shown(complaint)} is not among the imported complaints"
        raise _Refused("complaint_number", problem)
    call = {name: values.pop(name) for name in _ATTEMPT_FIELDS if name in values}
    if call:
        if "called_at" not in call or "outcome" not in call:
            missing = "called_at" if "called_at" not in call else "outcome"
            raise _Refused(missing, "a call needs both its time and its outcome")
        values["attempts"] = [
            CallAttempt(
                call["called_at"],
                call["outcome"],
                by=call.get("called_by"),
                rating=call.get("rating"),
                opinion=call.get("opinion"),
            )
        ]
    values.setdefault("earliest", values["due"])
    values.setdefault("latest", values["due"])
    followup = FollowUp(version=1, **values)
    run.unique(run.followups, "number", followup.number)
    return followup


def x__build_followup__mutmut_11(run: _Run, table: TableMapping, values: dict[str, Any]) -> FollowUp:
    _check_optional_refs(run, values)
    complaint = values.get("complaint_number")
    if complaint is not None and complaint in run.complaints:
        problem = f"complaint {shown(complaint)} is not among the imported complaints"
        raise _Refused("complaint_number", problem)
    call = {name: values.pop(name) for name in _ATTEMPT_FIELDS if name in values}
    if call:
        if "called_at" not in call or "outcome" not in call:
            missing = "called_at" if "called_at" not in call else "outcome"
            raise _Refused(missing, "a call needs both its time and its outcome")
        values["attempts"] = [
            CallAttempt(
                call["called_at"],
                call["outcome"],
                by=call.get("called_by"),
                rating=call.get("rating"),
                opinion=call.get("opinion"),
            )
        ]
    values.setdefault("earliest", values["due"])
    values.setdefault("latest", values["due"])
    followup = FollowUp(version=1, **values)
    run.unique(run.followups, "number", followup.number)
    return followup


def x__build_followup__mutmut_12(run: _Run, table: TableMapping, values: dict[str, Any]) -> FollowUp:
    _check_optional_refs(run, values)
    complaint = values.get("complaint_number")
    if complaint is not None and complaint not in run.complaints:
        problem = None
        raise _Refused("complaint_number", problem)
    call = {name: values.pop(name) for name in _ATTEMPT_FIELDS if name in values}
    if call:
        if "called_at" not in call or "outcome" not in call:
            missing = "called_at" if "called_at" not in call else "outcome"
            raise _Refused(missing, "a call needs both its time and its outcome")
        values["attempts"] = [
            CallAttempt(
                call["called_at"],
                call["outcome"],
                by=call.get("called_by"),
                rating=call.get("rating"),
                opinion=call.get("opinion"),
            )
        ]
    values.setdefault("earliest", values["due"])
    values.setdefault("latest", values["due"])
    followup = FollowUp(version=1, **values)
    run.unique(run.followups, "number", followup.number)
    return followup


def x__build_followup__mutmut_13(run: _Run, table: TableMapping, values: dict[str, Any]) -> FollowUp:
    _check_optional_refs(run, values)
    complaint = values.get("complaint_number")
    if complaint is not None and complaint not in run.complaints:
        problem = f"complaint {shown(None)} is not among the imported complaints"
        raise _Refused("complaint_number", problem)
    call = {name: values.pop(name) for name in _ATTEMPT_FIELDS if name in values}
    if call:
        if "called_at" not in call or "outcome" not in call:
            missing = "called_at" if "called_at" not in call else "outcome"
            raise _Refused(missing, "a call needs both its time and its outcome")
        values["attempts"] = [
            CallAttempt(
                call["called_at"],
                call["outcome"],
                by=call.get("called_by"),
                rating=call.get("rating"),
                opinion=call.get("opinion"),
            )
        ]
    values.setdefault("earliest", values["due"])
    values.setdefault("latest", values["due"])
    followup = FollowUp(version=1, **values)
    run.unique(run.followups, "number", followup.number)
    return followup


def x__build_followup__mutmut_14(run: _Run, table: TableMapping, values: dict[str, Any]) -> FollowUp:
    _check_optional_refs(run, values)
    complaint = values.get("complaint_number")
    if complaint is not None and complaint not in run.complaints:
        problem = f"complaint {shown(complaint)} is not among the imported complaints"
        raise _Refused(None, problem)
    call = {name: values.pop(name) for name in _ATTEMPT_FIELDS if name in values}
    if call:
        if "called_at" not in call or "outcome" not in call:
            missing = "called_at" if "called_at" not in call else "outcome"
            raise _Refused(missing, "a call needs both its time and its outcome")
        values["attempts"] = [
            CallAttempt(
                call["called_at"],
                call["outcome"],
                by=call.get("called_by"),
                rating=call.get("rating"),
                opinion=call.get("opinion"),
            )
        ]
    values.setdefault("earliest", values["due"])
    values.setdefault("latest", values["due"])
    followup = FollowUp(version=1, **values)
    run.unique(run.followups, "number", followup.number)
    return followup


def x__build_followup__mutmut_15(run: _Run, table: TableMapping, values: dict[str, Any]) -> FollowUp:
    _check_optional_refs(run, values)
    complaint = values.get("complaint_number")
    if complaint is not None and complaint not in run.complaints:
        problem = f"complaint {shown(complaint)} is not among the imported complaints"
        raise _Refused("complaint_number", None)
    call = {name: values.pop(name) for name in _ATTEMPT_FIELDS if name in values}
    if call:
        if "called_at" not in call or "outcome" not in call:
            missing = "called_at" if "called_at" not in call else "outcome"
            raise _Refused(missing, "a call needs both its time and its outcome")
        values["attempts"] = [
            CallAttempt(
                call["called_at"],
                call["outcome"],
                by=call.get("called_by"),
                rating=call.get("rating"),
                opinion=call.get("opinion"),
            )
        ]
    values.setdefault("earliest", values["due"])
    values.setdefault("latest", values["due"])
    followup = FollowUp(version=1, **values)
    run.unique(run.followups, "number", followup.number)
    return followup


def x__build_followup__mutmut_16(run: _Run, table: TableMapping, values: dict[str, Any]) -> FollowUp:
    _check_optional_refs(run, values)
    complaint = values.get("complaint_number")
    if complaint is not None and complaint not in run.complaints:
        problem = f"complaint {shown(complaint)} is not among the imported complaints"
        raise _Refused(problem)
    call = {name: values.pop(name) for name in _ATTEMPT_FIELDS if name in values}
    if call:
        if "called_at" not in call or "outcome" not in call:
            missing = "called_at" if "called_at" not in call else "outcome"
            raise _Refused(missing, "a call needs both its time and its outcome")
        values["attempts"] = [
            CallAttempt(
                call["called_at"],
                call["outcome"],
                by=call.get("called_by"),
                rating=call.get("rating"),
                opinion=call.get("opinion"),
            )
        ]
    values.setdefault("earliest", values["due"])
    values.setdefault("latest", values["due"])
    followup = FollowUp(version=1, **values)
    run.unique(run.followups, "number", followup.number)
    return followup


def x__build_followup__mutmut_17(run: _Run, table: TableMapping, values: dict[str, Any]) -> FollowUp:
    _check_optional_refs(run, values)
    complaint = values.get("complaint_number")
    if complaint is not None and complaint not in run.complaints:
        problem = f"complaint {shown(complaint)} is not among the imported complaints"
        raise _Refused("complaint_number", )
    call = {name: values.pop(name) for name in _ATTEMPT_FIELDS if name in values}
    if call:
        if "called_at" not in call or "outcome" not in call:
            missing = "called_at" if "called_at" not in call else "outcome"
            raise _Refused(missing, "a call needs both its time and its outcome")
        values["attempts"] = [
            CallAttempt(
                call["called_at"],
                call["outcome"],
                by=call.get("called_by"),
                rating=call.get("rating"),
                opinion=call.get("opinion"),
            )
        ]
    values.setdefault("earliest", values["due"])
    values.setdefault("latest", values["due"])
    followup = FollowUp(version=1, **values)
    run.unique(run.followups, "number", followup.number)
    return followup


def x__build_followup__mutmut_18(run: _Run, table: TableMapping, values: dict[str, Any]) -> FollowUp:
    _check_optional_refs(run, values)
    complaint = values.get("complaint_number")
    if complaint is not None and complaint not in run.complaints:
        problem = f"complaint {shown(complaint)} is not among the imported complaints"
        raise _Refused("XXcomplaint_numberXX", problem)
    call = {name: values.pop(name) for name in _ATTEMPT_FIELDS if name in values}
    if call:
        if "called_at" not in call or "outcome" not in call:
            missing = "called_at" if "called_at" not in call else "outcome"
            raise _Refused(missing, "a call needs both its time and its outcome")
        values["attempts"] = [
            CallAttempt(
                call["called_at"],
                call["outcome"],
                by=call.get("called_by"),
                rating=call.get("rating"),
                opinion=call.get("opinion"),
            )
        ]
    values.setdefault("earliest", values["due"])
    values.setdefault("latest", values["due"])
    followup = FollowUp(version=1, **values)
    run.unique(run.followups, "number", followup.number)
    return followup


def x__build_followup__mutmut_19(run: _Run, table: TableMapping, values: dict[str, Any]) -> FollowUp:
    _check_optional_refs(run, values)
    complaint = values.get("complaint_number")
    if complaint is not None and complaint not in run.complaints:
        problem = f"complaint {shown(complaint)} is not among the imported complaints"
        raise _Refused("COMPLAINT_NUMBER", problem)
    call = {name: values.pop(name) for name in _ATTEMPT_FIELDS if name in values}
    if call:
        if "called_at" not in call or "outcome" not in call:
            missing = "called_at" if "called_at" not in call else "outcome"
            raise _Refused(missing, "a call needs both its time and its outcome")
        values["attempts"] = [
            CallAttempt(
                call["called_at"],
                call["outcome"],
                by=call.get("called_by"),
                rating=call.get("rating"),
                opinion=call.get("opinion"),
            )
        ]
    values.setdefault("earliest", values["due"])
    values.setdefault("latest", values["due"])
    followup = FollowUp(version=1, **values)
    run.unique(run.followups, "number", followup.number)
    return followup


def x__build_followup__mutmut_20(run: _Run, table: TableMapping, values: dict[str, Any]) -> FollowUp:
    _check_optional_refs(run, values)
    complaint = values.get("complaint_number")
    if complaint is not None and complaint not in run.complaints:
        problem = f"complaint {shown(complaint)} is not among the imported complaints"
        raise _Refused("complaint_number", problem)
    call = None
    if call:
        if "called_at" not in call or "outcome" not in call:
            missing = "called_at" if "called_at" not in call else "outcome"
            raise _Refused(missing, "a call needs both its time and its outcome")
        values["attempts"] = [
            CallAttempt(
                call["called_at"],
                call["outcome"],
                by=call.get("called_by"),
                rating=call.get("rating"),
                opinion=call.get("opinion"),
            )
        ]
    values.setdefault("earliest", values["due"])
    values.setdefault("latest", values["due"])
    followup = FollowUp(version=1, **values)
    run.unique(run.followups, "number", followup.number)
    return followup


def x__build_followup__mutmut_21(run: _Run, table: TableMapping, values: dict[str, Any]) -> FollowUp:
    _check_optional_refs(run, values)
    complaint = values.get("complaint_number")
    if complaint is not None and complaint not in run.complaints:
        problem = f"complaint {shown(complaint)} is not among the imported complaints"
        raise _Refused("complaint_number", problem)
    call = {name: values.pop(None) for name in _ATTEMPT_FIELDS if name in values}
    if call:
        if "called_at" not in call or "outcome" not in call:
            missing = "called_at" if "called_at" not in call else "outcome"
            raise _Refused(missing, "a call needs both its time and its outcome")
        values["attempts"] = [
            CallAttempt(
                call["called_at"],
                call["outcome"],
                by=call.get("called_by"),
                rating=call.get("rating"),
                opinion=call.get("opinion"),
            )
        ]
    values.setdefault("earliest", values["due"])
    values.setdefault("latest", values["due"])
    followup = FollowUp(version=1, **values)
    run.unique(run.followups, "number", followup.number)
    return followup


def x__build_followup__mutmut_22(run: _Run, table: TableMapping, values: dict[str, Any]) -> FollowUp:
    _check_optional_refs(run, values)
    complaint = values.get("complaint_number")
    if complaint is not None and complaint not in run.complaints:
        problem = f"complaint {shown(complaint)} is not among the imported complaints"
        raise _Refused("complaint_number", problem)
    call = {name: values.pop(name) for name in _ATTEMPT_FIELDS if name not in values}
    if call:
        if "called_at" not in call or "outcome" not in call:
            missing = "called_at" if "called_at" not in call else "outcome"
            raise _Refused(missing, "a call needs both its time and its outcome")
        values["attempts"] = [
            CallAttempt(
                call["called_at"],
                call["outcome"],
                by=call.get("called_by"),
                rating=call.get("rating"),
                opinion=call.get("opinion"),
            )
        ]
    values.setdefault("earliest", values["due"])
    values.setdefault("latest", values["due"])
    followup = FollowUp(version=1, **values)
    run.unique(run.followups, "number", followup.number)
    return followup


def x__build_followup__mutmut_23(run: _Run, table: TableMapping, values: dict[str, Any]) -> FollowUp:
    _check_optional_refs(run, values)
    complaint = values.get("complaint_number")
    if complaint is not None and complaint not in run.complaints:
        problem = f"complaint {shown(complaint)} is not among the imported complaints"
        raise _Refused("complaint_number", problem)
    call = {name: values.pop(name) for name in _ATTEMPT_FIELDS if name in values}
    if call:
        if "called_at" not in call and "outcome" not in call:
            missing = "called_at" if "called_at" not in call else "outcome"
            raise _Refused(missing, "a call needs both its time and its outcome")
        values["attempts"] = [
            CallAttempt(
                call["called_at"],
                call["outcome"],
                by=call.get("called_by"),
                rating=call.get("rating"),
                opinion=call.get("opinion"),
            )
        ]
    values.setdefault("earliest", values["due"])
    values.setdefault("latest", values["due"])
    followup = FollowUp(version=1, **values)
    run.unique(run.followups, "number", followup.number)
    return followup


def x__build_followup__mutmut_24(run: _Run, table: TableMapping, values: dict[str, Any]) -> FollowUp:
    _check_optional_refs(run, values)
    complaint = values.get("complaint_number")
    if complaint is not None and complaint not in run.complaints:
        problem = f"complaint {shown(complaint)} is not among the imported complaints"
        raise _Refused("complaint_number", problem)
    call = {name: values.pop(name) for name in _ATTEMPT_FIELDS if name in values}
    if call:
        if "XXcalled_atXX" not in call or "outcome" not in call:
            missing = "called_at" if "called_at" not in call else "outcome"
            raise _Refused(missing, "a call needs both its time and its outcome")
        values["attempts"] = [
            CallAttempt(
                call["called_at"],
                call["outcome"],
                by=call.get("called_by"),
                rating=call.get("rating"),
                opinion=call.get("opinion"),
            )
        ]
    values.setdefault("earliest", values["due"])
    values.setdefault("latest", values["due"])
    followup = FollowUp(version=1, **values)
    run.unique(run.followups, "number", followup.number)
    return followup


def x__build_followup__mutmut_25(run: _Run, table: TableMapping, values: dict[str, Any]) -> FollowUp:
    _check_optional_refs(run, values)
    complaint = values.get("complaint_number")
    if complaint is not None and complaint not in run.complaints:
        problem = f"complaint {shown(complaint)} is not among the imported complaints"
        raise _Refused("complaint_number", problem)
    call = {name: values.pop(name) for name in _ATTEMPT_FIELDS if name in values}
    if call:
        if "CALLED_AT" not in call or "outcome" not in call:
            missing = "called_at" if "called_at" not in call else "outcome"
            raise _Refused(missing, "a call needs both its time and its outcome")
        values["attempts"] = [
            CallAttempt(
                call["called_at"],
                call["outcome"],
                by=call.get("called_by"),
                rating=call.get("rating"),
                opinion=call.get("opinion"),
            )
        ]
    values.setdefault("earliest", values["due"])
    values.setdefault("latest", values["due"])
    followup = FollowUp(version=1, **values)
    run.unique(run.followups, "number", followup.number)
    return followup


def x__build_followup__mutmut_26(run: _Run, table: TableMapping, values: dict[str, Any]) -> FollowUp:
    _check_optional_refs(run, values)
    complaint = values.get("complaint_number")
    if complaint is not None and complaint not in run.complaints:
        problem = f"complaint {shown(complaint)} is not among the imported complaints"
        raise _Refused("complaint_number", problem)
    call = {name: values.pop(name) for name in _ATTEMPT_FIELDS if name in values}
    if call:
        if "called_at" in call or "outcome" not in call:
            missing = "called_at" if "called_at" not in call else "outcome"
            raise _Refused(missing, "a call needs both its time and its outcome")
        values["attempts"] = [
            CallAttempt(
                call["called_at"],
                call["outcome"],
                by=call.get("called_by"),
                rating=call.get("rating"),
                opinion=call.get("opinion"),
            )
        ]
    values.setdefault("earliest", values["due"])
    values.setdefault("latest", values["due"])
    followup = FollowUp(version=1, **values)
    run.unique(run.followups, "number", followup.number)
    return followup


def x__build_followup__mutmut_27(run: _Run, table: TableMapping, values: dict[str, Any]) -> FollowUp:
    _check_optional_refs(run, values)
    complaint = values.get("complaint_number")
    if complaint is not None and complaint not in run.complaints:
        problem = f"complaint {shown(complaint)} is not among the imported complaints"
        raise _Refused("complaint_number", problem)
    call = {name: values.pop(name) for name in _ATTEMPT_FIELDS if name in values}
    if call:
        if "called_at" not in call or "XXoutcomeXX" not in call:
            missing = "called_at" if "called_at" not in call else "outcome"
            raise _Refused(missing, "a call needs both its time and its outcome")
        values["attempts"] = [
            CallAttempt(
                call["called_at"],
                call["outcome"],
                by=call.get("called_by"),
                rating=call.get("rating"),
                opinion=call.get("opinion"),
            )
        ]
    values.setdefault("earliest", values["due"])
    values.setdefault("latest", values["due"])
    followup = FollowUp(version=1, **values)
    run.unique(run.followups, "number", followup.number)
    return followup


def x__build_followup__mutmut_28(run: _Run, table: TableMapping, values: dict[str, Any]) -> FollowUp:
    _check_optional_refs(run, values)
    complaint = values.get("complaint_number")
    if complaint is not None and complaint not in run.complaints:
        problem = f"complaint {shown(complaint)} is not among the imported complaints"
        raise _Refused("complaint_number", problem)
    call = {name: values.pop(name) for name in _ATTEMPT_FIELDS if name in values}
    if call:
        if "called_at" not in call or "OUTCOME" not in call:
            missing = "called_at" if "called_at" not in call else "outcome"
            raise _Refused(missing, "a call needs both its time and its outcome")
        values["attempts"] = [
            CallAttempt(
                call["called_at"],
                call["outcome"],
                by=call.get("called_by"),
                rating=call.get("rating"),
                opinion=call.get("opinion"),
            )
        ]
    values.setdefault("earliest", values["due"])
    values.setdefault("latest", values["due"])
    followup = FollowUp(version=1, **values)
    run.unique(run.followups, "number", followup.number)
    return followup


def x__build_followup__mutmut_29(run: _Run, table: TableMapping, values: dict[str, Any]) -> FollowUp:
    _check_optional_refs(run, values)
    complaint = values.get("complaint_number")
    if complaint is not None and complaint not in run.complaints:
        problem = f"complaint {shown(complaint)} is not among the imported complaints"
        raise _Refused("complaint_number", problem)
    call = {name: values.pop(name) for name in _ATTEMPT_FIELDS if name in values}
    if call:
        if "called_at" not in call or "outcome" in call:
            missing = "called_at" if "called_at" not in call else "outcome"
            raise _Refused(missing, "a call needs both its time and its outcome")
        values["attempts"] = [
            CallAttempt(
                call["called_at"],
                call["outcome"],
                by=call.get("called_by"),
                rating=call.get("rating"),
                opinion=call.get("opinion"),
            )
        ]
    values.setdefault("earliest", values["due"])
    values.setdefault("latest", values["due"])
    followup = FollowUp(version=1, **values)
    run.unique(run.followups, "number", followup.number)
    return followup


def x__build_followup__mutmut_30(run: _Run, table: TableMapping, values: dict[str, Any]) -> FollowUp:
    _check_optional_refs(run, values)
    complaint = values.get("complaint_number")
    if complaint is not None and complaint not in run.complaints:
        problem = f"complaint {shown(complaint)} is not among the imported complaints"
        raise _Refused("complaint_number", problem)
    call = {name: values.pop(name) for name in _ATTEMPT_FIELDS if name in values}
    if call:
        if "called_at" not in call or "outcome" not in call:
            missing = None
            raise _Refused(missing, "a call needs both its time and its outcome")
        values["attempts"] = [
            CallAttempt(
                call["called_at"],
                call["outcome"],
                by=call.get("called_by"),
                rating=call.get("rating"),
                opinion=call.get("opinion"),
            )
        ]
    values.setdefault("earliest", values["due"])
    values.setdefault("latest", values["due"])
    followup = FollowUp(version=1, **values)
    run.unique(run.followups, "number", followup.number)
    return followup


def x__build_followup__mutmut_31(run: _Run, table: TableMapping, values: dict[str, Any]) -> FollowUp:
    _check_optional_refs(run, values)
    complaint = values.get("complaint_number")
    if complaint is not None and complaint not in run.complaints:
        problem = f"complaint {shown(complaint)} is not among the imported complaints"
        raise _Refused("complaint_number", problem)
    call = {name: values.pop(name) for name in _ATTEMPT_FIELDS if name in values}
    if call:
        if "called_at" not in call or "outcome" not in call:
            missing = "called_at" if ("called_at" not in call) and False else "outcome"
            raise _Refused(missing, "a call needs both its time and its outcome")
        values["attempts"] = [
            CallAttempt(
                call["called_at"],
                call["outcome"],
                by=call.get("called_by"),
                rating=call.get("rating"),
                opinion=call.get("opinion"),
            )
        ]
    values.setdefault("earliest", values["due"])
    values.setdefault("latest", values["due"])
    followup = FollowUp(version=1, **values)
    run.unique(run.followups, "number", followup.number)
    return followup


def x__build_followup__mutmut_32(run: _Run, table: TableMapping, values: dict[str, Any]) -> FollowUp:
    _check_optional_refs(run, values)
    complaint = values.get("complaint_number")
    if complaint is not None and complaint not in run.complaints:
        problem = f"complaint {shown(complaint)} is not among the imported complaints"
        raise _Refused("complaint_number", problem)
    call = {name: values.pop(name) for name in _ATTEMPT_FIELDS if name in values}
    if call:
        if "called_at" not in call or "outcome" not in call:
            missing = "called_at" if ("called_at" not in call) or True else "outcome"
            raise _Refused(missing, "a call needs both its time and its outcome")
        values["attempts"] = [
            CallAttempt(
                call["called_at"],
                call["outcome"],
                by=call.get("called_by"),
                rating=call.get("rating"),
                opinion=call.get("opinion"),
            )
        ]
    values.setdefault("earliest", values["due"])
    values.setdefault("latest", values["due"])
    followup = FollowUp(version=1, **values)
    run.unique(run.followups, "number", followup.number)
    return followup


def x__build_followup__mutmut_33(run: _Run, table: TableMapping, values: dict[str, Any]) -> FollowUp:
    _check_optional_refs(run, values)
    complaint = values.get("complaint_number")
    if complaint is not None and complaint not in run.complaints:
        problem = f"complaint {shown(complaint)} is not among the imported complaints"
        raise _Refused("complaint_number", problem)
    call = {name: values.pop(name) for name in _ATTEMPT_FIELDS if name in values}
    if call:
        if "called_at" not in call or "outcome" not in call:
            missing = "XXcalled_atXX" if "called_at" not in call else "outcome"
            raise _Refused(missing, "a call needs both its time and its outcome")
        values["attempts"] = [
            CallAttempt(
                call["called_at"],
                call["outcome"],
                by=call.get("called_by"),
                rating=call.get("rating"),
                opinion=call.get("opinion"),
            )
        ]
    values.setdefault("earliest", values["due"])
    values.setdefault("latest", values["due"])
    followup = FollowUp(version=1, **values)
    run.unique(run.followups, "number", followup.number)
    return followup


def x__build_followup__mutmut_34(run: _Run, table: TableMapping, values: dict[str, Any]) -> FollowUp:
    _check_optional_refs(run, values)
    complaint = values.get("complaint_number")
    if complaint is not None and complaint not in run.complaints:
        problem = f"complaint {shown(complaint)} is not among the imported complaints"
        raise _Refused("complaint_number", problem)
    call = {name: values.pop(name) for name in _ATTEMPT_FIELDS if name in values}
    if call:
        if "called_at" not in call or "outcome" not in call:
            missing = "CALLED_AT" if "called_at" not in call else "outcome"
            raise _Refused(missing, "a call needs both its time and its outcome")
        values["attempts"] = [
            CallAttempt(
                call["called_at"],
                call["outcome"],
                by=call.get("called_by"),
                rating=call.get("rating"),
                opinion=call.get("opinion"),
            )
        ]
    values.setdefault("earliest", values["due"])
    values.setdefault("latest", values["due"])
    followup = FollowUp(version=1, **values)
    run.unique(run.followups, "number", followup.number)
    return followup


def x__build_followup__mutmut_35(run: _Run, table: TableMapping, values: dict[str, Any]) -> FollowUp:
    _check_optional_refs(run, values)
    complaint = values.get("complaint_number")
    if complaint is not None and complaint not in run.complaints:
        problem = f"complaint {shown(complaint)} is not among the imported complaints"
        raise _Refused("complaint_number", problem)
    call = {name: values.pop(name) for name in _ATTEMPT_FIELDS if name in values}
    if call:
        if "called_at" not in call or "outcome" not in call:
            missing = "called_at" if "XXcalled_atXX" not in call else "outcome"
            raise _Refused(missing, "a call needs both its time and its outcome")
        values["attempts"] = [
            CallAttempt(
                call["called_at"],
                call["outcome"],
                by=call.get("called_by"),
                rating=call.get("rating"),
                opinion=call.get("opinion"),
            )
        ]
    values.setdefault("earliest", values["due"])
    values.setdefault("latest", values["due"])
    followup = FollowUp(version=1, **values)
    run.unique(run.followups, "number", followup.number)
    return followup


def x__build_followup__mutmut_36(run: _Run, table: TableMapping, values: dict[str, Any]) -> FollowUp:
    _check_optional_refs(run, values)
    complaint = values.get("complaint_number")
    if complaint is not None and complaint not in run.complaints:
        problem = f"complaint {shown(complaint)} is not among the imported complaints"
        raise _Refused("complaint_number", problem)
    call = {name: values.pop(name) for name in _ATTEMPT_FIELDS if name in values}
    if call:
        if "called_at" not in call or "outcome" not in call:
            missing = "called_at" if "CALLED_AT" not in call else "outcome"
            raise _Refused(missing, "a call needs both its time and its outcome")
        values["attempts"] = [
            CallAttempt(
                call["called_at"],
                call["outcome"],
                by=call.get("called_by"),
                rating=call.get("rating"),
                opinion=call.get("opinion"),
            )
        ]
    values.setdefault("earliest", values["due"])
    values.setdefault("latest", values["due"])
    followup = FollowUp(version=1, **values)
    run.unique(run.followups, "number", followup.number)
    return followup


def x__build_followup__mutmut_37(run: _Run, table: TableMapping, values: dict[str, Any]) -> FollowUp:
    _check_optional_refs(run, values)
    complaint = values.get("complaint_number")
    if complaint is not None and complaint not in run.complaints:
        problem = f"complaint {shown(complaint)} is not among the imported complaints"
        raise _Refused("complaint_number", problem)
    call = {name: values.pop(name) for name in _ATTEMPT_FIELDS if name in values}
    if call:
        if "called_at" not in call or "outcome" not in call:
            missing = "called_at" if "called_at" in call else "outcome"
            raise _Refused(missing, "a call needs both its time and its outcome")
        values["attempts"] = [
            CallAttempt(
                call["called_at"],
                call["outcome"],
                by=call.get("called_by"),
                rating=call.get("rating"),
                opinion=call.get("opinion"),
            )
        ]
    values.setdefault("earliest", values["due"])
    values.setdefault("latest", values["due"])
    followup = FollowUp(version=1, **values)
    run.unique(run.followups, "number", followup.number)
    return followup


def x__build_followup__mutmut_38(run: _Run, table: TableMapping, values: dict[str, Any]) -> FollowUp:
    _check_optional_refs(run, values)
    complaint = values.get("complaint_number")
    if complaint is not None and complaint not in run.complaints:
        problem = f"complaint {shown(complaint)} is not among the imported complaints"
        raise _Refused("complaint_number", problem)
    call = {name: values.pop(name) for name in _ATTEMPT_FIELDS if name in values}
    if call:
        if "called_at" not in call or "outcome" not in call:
            missing = "called_at" if "called_at" not in call else "XXoutcomeXX"
            raise _Refused(missing, "a call needs both its time and its outcome")
        values["attempts"] = [
            CallAttempt(
                call["called_at"],
                call["outcome"],
                by=call.get("called_by"),
                rating=call.get("rating"),
                opinion=call.get("opinion"),
            )
        ]
    values.setdefault("earliest", values["due"])
    values.setdefault("latest", values["due"])
    followup = FollowUp(version=1, **values)
    run.unique(run.followups, "number", followup.number)
    return followup


def x__build_followup__mutmut_39(run: _Run, table: TableMapping, values: dict[str, Any]) -> FollowUp:
    _check_optional_refs(run, values)
    complaint = values.get("complaint_number")
    if complaint is not None and complaint not in run.complaints:
        problem = f"complaint {shown(complaint)} is not among the imported complaints"
        raise _Refused("complaint_number", problem)
    call = {name: values.pop(name) for name in _ATTEMPT_FIELDS if name in values}
    if call:
        if "called_at" not in call or "outcome" not in call:
            missing = "called_at" if "called_at" not in call else "OUTCOME"
            raise _Refused(missing, "a call needs both its time and its outcome")
        values["attempts"] = [
            CallAttempt(
                call["called_at"],
                call["outcome"],
                by=call.get("called_by"),
                rating=call.get("rating"),
                opinion=call.get("opinion"),
            )
        ]
    values.setdefault("earliest", values["due"])
    values.setdefault("latest", values["due"])
    followup = FollowUp(version=1, **values)
    run.unique(run.followups, "number", followup.number)
    return followup


def x__build_followup__mutmut_40(run: _Run, table: TableMapping, values: dict[str, Any]) -> FollowUp:
    _check_optional_refs(run, values)
    complaint = values.get("complaint_number")
    if complaint is not None and complaint not in run.complaints:
        problem = f"complaint {shown(complaint)} is not among the imported complaints"
        raise _Refused("complaint_number", problem)
    call = {name: values.pop(name) for name in _ATTEMPT_FIELDS if name in values}
    if call:
        if "called_at" not in call or "outcome" not in call:
            missing = "called_at" if "called_at" not in call else "outcome"
            raise _Refused(None, "a call needs both its time and its outcome")
        values["attempts"] = [
            CallAttempt(
                call["called_at"],
                call["outcome"],
                by=call.get("called_by"),
                rating=call.get("rating"),
                opinion=call.get("opinion"),
            )
        ]
    values.setdefault("earliest", values["due"])
    values.setdefault("latest", values["due"])
    followup = FollowUp(version=1, **values)
    run.unique(run.followups, "number", followup.number)
    return followup


def x__build_followup__mutmut_41(run: _Run, table: TableMapping, values: dict[str, Any]) -> FollowUp:
    _check_optional_refs(run, values)
    complaint = values.get("complaint_number")
    if complaint is not None and complaint not in run.complaints:
        problem = f"complaint {shown(complaint)} is not among the imported complaints"
        raise _Refused("complaint_number", problem)
    call = {name: values.pop(name) for name in _ATTEMPT_FIELDS if name in values}
    if call:
        if "called_at" not in call or "outcome" not in call:
            missing = "called_at" if "called_at" not in call else "outcome"
            raise _Refused(missing, None)
        values["attempts"] = [
            CallAttempt(
                call["called_at"],
                call["outcome"],
                by=call.get("called_by"),
                rating=call.get("rating"),
                opinion=call.get("opinion"),
            )
        ]
    values.setdefault("earliest", values["due"])
    values.setdefault("latest", values["due"])
    followup = FollowUp(version=1, **values)
    run.unique(run.followups, "number", followup.number)
    return followup


def x__build_followup__mutmut_42(run: _Run, table: TableMapping, values: dict[str, Any]) -> FollowUp:
    _check_optional_refs(run, values)
    complaint = values.get("complaint_number")
    if complaint is not None and complaint not in run.complaints:
        problem = f"complaint {shown(complaint)} is not among the imported complaints"
        raise _Refused("complaint_number", problem)
    call = {name: values.pop(name) for name in _ATTEMPT_FIELDS if name in values}
    if call:
        if "called_at" not in call or "outcome" not in call:
            missing = "called_at" if "called_at" not in call else "outcome"
            raise _Refused("a call needs both its time and its outcome")
        values["attempts"] = [
            CallAttempt(
                call["called_at"],
                call["outcome"],
                by=call.get("called_by"),
                rating=call.get("rating"),
                opinion=call.get("opinion"),
            )
        ]
    values.setdefault("earliest", values["due"])
    values.setdefault("latest", values["due"])
    followup = FollowUp(version=1, **values)
    run.unique(run.followups, "number", followup.number)
    return followup


def x__build_followup__mutmut_43(run: _Run, table: TableMapping, values: dict[str, Any]) -> FollowUp:
    _check_optional_refs(run, values)
    complaint = values.get("complaint_number")
    if complaint is not None and complaint not in run.complaints:
        problem = f"complaint {shown(complaint)} is not among the imported complaints"
        raise _Refused("complaint_number", problem)
    call = {name: values.pop(name) for name in _ATTEMPT_FIELDS if name in values}
    if call:
        if "called_at" not in call or "outcome" not in call:
            missing = "called_at" if "called_at" not in call else "outcome"
            raise _Refused(missing, )
        values["attempts"] = [
            CallAttempt(
                call["called_at"],
                call["outcome"],
                by=call.get("called_by"),
                rating=call.get("rating"),
                opinion=call.get("opinion"),
            )
        ]
    values.setdefault("earliest", values["due"])
    values.setdefault("latest", values["due"])
    followup = FollowUp(version=1, **values)
    run.unique(run.followups, "number", followup.number)
    return followup


def x__build_followup__mutmut_44(run: _Run, table: TableMapping, values: dict[str, Any]) -> FollowUp:
    _check_optional_refs(run, values)
    complaint = values.get("complaint_number")
    if complaint is not None and complaint not in run.complaints:
        problem = f"complaint {shown(complaint)} is not among the imported complaints"
        raise _Refused("complaint_number", problem)
    call = {name: values.pop(name) for name in _ATTEMPT_FIELDS if name in values}
    if call:
        if "called_at" not in call or "outcome" not in call:
            missing = "called_at" if "called_at" not in call else "outcome"
            raise _Refused(missing, "XXa call needs both its time and its outcomeXX")
        values["attempts"] = [
            CallAttempt(
                call["called_at"],
                call["outcome"],
                by=call.get("called_by"),
                rating=call.get("rating"),
                opinion=call.get("opinion"),
            )
        ]
    values.setdefault("earliest", values["due"])
    values.setdefault("latest", values["due"])
    followup = FollowUp(version=1, **values)
    run.unique(run.followups, "number", followup.number)
    return followup


def x__build_followup__mutmut_45(run: _Run, table: TableMapping, values: dict[str, Any]) -> FollowUp:
    _check_optional_refs(run, values)
    complaint = values.get("complaint_number")
    if complaint is not None and complaint not in run.complaints:
        problem = f"complaint {shown(complaint)} is not among the imported complaints"
        raise _Refused("complaint_number", problem)
    call = {name: values.pop(name) for name in _ATTEMPT_FIELDS if name in values}
    if call:
        if "called_at" not in call or "outcome" not in call:
            missing = "called_at" if "called_at" not in call else "outcome"
            raise _Refused(missing, "A CALL NEEDS BOTH ITS TIME AND ITS OUTCOME")
        values["attempts"] = [
            CallAttempt(
                call["called_at"],
                call["outcome"],
                by=call.get("called_by"),
                rating=call.get("rating"),
                opinion=call.get("opinion"),
            )
        ]
    values.setdefault("earliest", values["due"])
    values.setdefault("latest", values["due"])
    followup = FollowUp(version=1, **values)
    run.unique(run.followups, "number", followup.number)
    return followup


def x__build_followup__mutmut_46(run: _Run, table: TableMapping, values: dict[str, Any]) -> FollowUp:
    _check_optional_refs(run, values)
    complaint = values.get("complaint_number")
    if complaint is not None and complaint not in run.complaints:
        problem = f"complaint {shown(complaint)} is not among the imported complaints"
        raise _Refused("complaint_number", problem)
    call = {name: values.pop(name) for name in _ATTEMPT_FIELDS if name in values}
    if call:
        if "called_at" not in call or "outcome" not in call:
            missing = "called_at" if "called_at" not in call else "outcome"
            raise _Refused(missing, "a call needs both its time and its outcome")
        values["attempts"] = None
    values.setdefault("earliest", values["due"])
    values.setdefault("latest", values["due"])
    followup = FollowUp(version=1, **values)
    run.unique(run.followups, "number", followup.number)
    return followup


def x__build_followup__mutmut_47(run: _Run, table: TableMapping, values: dict[str, Any]) -> FollowUp:
    _check_optional_refs(run, values)
    complaint = values.get("complaint_number")
    if complaint is not None and complaint not in run.complaints:
        problem = f"complaint {shown(complaint)} is not among the imported complaints"
        raise _Refused("complaint_number", problem)
    call = {name: values.pop(name) for name in _ATTEMPT_FIELDS if name in values}
    if call:
        if "called_at" not in call or "outcome" not in call:
            missing = "called_at" if "called_at" not in call else "outcome"
            raise _Refused(missing, "a call needs both its time and its outcome")
        values["XXattemptsXX"] = [
            CallAttempt(
                call["called_at"],
                call["outcome"],
                by=call.get("called_by"),
                rating=call.get("rating"),
                opinion=call.get("opinion"),
            )
        ]
    values.setdefault("earliest", values["due"])
    values.setdefault("latest", values["due"])
    followup = FollowUp(version=1, **values)
    run.unique(run.followups, "number", followup.number)
    return followup


def x__build_followup__mutmut_48(run: _Run, table: TableMapping, values: dict[str, Any]) -> FollowUp:
    _check_optional_refs(run, values)
    complaint = values.get("complaint_number")
    if complaint is not None and complaint not in run.complaints:
        problem = f"complaint {shown(complaint)} is not among the imported complaints"
        raise _Refused("complaint_number", problem)
    call = {name: values.pop(name) for name in _ATTEMPT_FIELDS if name in values}
    if call:
        if "called_at" not in call or "outcome" not in call:
            missing = "called_at" if "called_at" not in call else "outcome"
            raise _Refused(missing, "a call needs both its time and its outcome")
        values["ATTEMPTS"] = [
            CallAttempt(
                call["called_at"],
                call["outcome"],
                by=call.get("called_by"),
                rating=call.get("rating"),
                opinion=call.get("opinion"),
            )
        ]
    values.setdefault("earliest", values["due"])
    values.setdefault("latest", values["due"])
    followup = FollowUp(version=1, **values)
    run.unique(run.followups, "number", followup.number)
    return followup


def x__build_followup__mutmut_49(run: _Run, table: TableMapping, values: dict[str, Any]) -> FollowUp:
    _check_optional_refs(run, values)
    complaint = values.get("complaint_number")
    if complaint is not None and complaint not in run.complaints:
        problem = f"complaint {shown(complaint)} is not among the imported complaints"
        raise _Refused("complaint_number", problem)
    call = {name: values.pop(name) for name in _ATTEMPT_FIELDS if name in values}
    if call:
        if "called_at" not in call or "outcome" not in call:
            missing = "called_at" if "called_at" not in call else "outcome"
            raise _Refused(missing, "a call needs both its time and its outcome")
        values["attempts"] = [
            CallAttempt(
                None,
                call["outcome"],
                by=call.get("called_by"),
                rating=call.get("rating"),
                opinion=call.get("opinion"),
            )
        ]
    values.setdefault("earliest", values["due"])
    values.setdefault("latest", values["due"])
    followup = FollowUp(version=1, **values)
    run.unique(run.followups, "number", followup.number)
    return followup


def x__build_followup__mutmut_50(run: _Run, table: TableMapping, values: dict[str, Any]) -> FollowUp:
    _check_optional_refs(run, values)
    complaint = values.get("complaint_number")
    if complaint is not None and complaint not in run.complaints:
        problem = f"complaint {shown(complaint)} is not among the imported complaints"
        raise _Refused("complaint_number", problem)
    call = {name: values.pop(name) for name in _ATTEMPT_FIELDS if name in values}
    if call:
        if "called_at" not in call or "outcome" not in call:
            missing = "called_at" if "called_at" not in call else "outcome"
            raise _Refused(missing, "a call needs both its time and its outcome")
        values["attempts"] = [
            CallAttempt(
                call["called_at"],
                None,
                by=call.get("called_by"),
                rating=call.get("rating"),
                opinion=call.get("opinion"),
            )
        ]
    values.setdefault("earliest", values["due"])
    values.setdefault("latest", values["due"])
    followup = FollowUp(version=1, **values)
    run.unique(run.followups, "number", followup.number)
    return followup


def x__build_followup__mutmut_51(run: _Run, table: TableMapping, values: dict[str, Any]) -> FollowUp:
    _check_optional_refs(run, values)
    complaint = values.get("complaint_number")
    if complaint is not None and complaint not in run.complaints:
        problem = f"complaint {shown(complaint)} is not among the imported complaints"
        raise _Refused("complaint_number", problem)
    call = {name: values.pop(name) for name in _ATTEMPT_FIELDS if name in values}
    if call:
        if "called_at" not in call or "outcome" not in call:
            missing = "called_at" if "called_at" not in call else "outcome"
            raise _Refused(missing, "a call needs both its time and its outcome")
        values["attempts"] = [
            CallAttempt(
                call["called_at"],
                call["outcome"],
                by=None,
                rating=call.get("rating"),
                opinion=call.get("opinion"),
            )
        ]
    values.setdefault("earliest", values["due"])
    values.setdefault("latest", values["due"])
    followup = FollowUp(version=1, **values)
    run.unique(run.followups, "number", followup.number)
    return followup


def x__build_followup__mutmut_52(run: _Run, table: TableMapping, values: dict[str, Any]) -> FollowUp:
    _check_optional_refs(run, values)
    complaint = values.get("complaint_number")
    if complaint is not None and complaint not in run.complaints:
        problem = f"complaint {shown(complaint)} is not among the imported complaints"
        raise _Refused("complaint_number", problem)
    call = {name: values.pop(name) for name in _ATTEMPT_FIELDS if name in values}
    if call:
        if "called_at" not in call or "outcome" not in call:
            missing = "called_at" if "called_at" not in call else "outcome"
            raise _Refused(missing, "a call needs both its time and its outcome")
        values["attempts"] = [
            CallAttempt(
                call["called_at"],
                call["outcome"],
                by=call.get("called_by"),
                rating=None,
                opinion=call.get("opinion"),
            )
        ]
    values.setdefault("earliest", values["due"])
    values.setdefault("latest", values["due"])
    followup = FollowUp(version=1, **values)
    run.unique(run.followups, "number", followup.number)
    return followup


def x__build_followup__mutmut_53(run: _Run, table: TableMapping, values: dict[str, Any]) -> FollowUp:
    _check_optional_refs(run, values)
    complaint = values.get("complaint_number")
    if complaint is not None and complaint not in run.complaints:
        problem = f"complaint {shown(complaint)} is not among the imported complaints"
        raise _Refused("complaint_number", problem)
    call = {name: values.pop(name) for name in _ATTEMPT_FIELDS if name in values}
    if call:
        if "called_at" not in call or "outcome" not in call:
            missing = "called_at" if "called_at" not in call else "outcome"
            raise _Refused(missing, "a call needs both its time and its outcome")
        values["attempts"] = [
            CallAttempt(
                call["called_at"],
                call["outcome"],
                by=call.get("called_by"),
                rating=call.get("rating"),
                opinion=None,
            )
        ]
    values.setdefault("earliest", values["due"])
    values.setdefault("latest", values["due"])
    followup = FollowUp(version=1, **values)
    run.unique(run.followups, "number", followup.number)
    return followup


def x__build_followup__mutmut_54(run: _Run, table: TableMapping, values: dict[str, Any]) -> FollowUp:
    _check_optional_refs(run, values)
    complaint = values.get("complaint_number")
    if complaint is not None and complaint not in run.complaints:
        problem = f"complaint {shown(complaint)} is not among the imported complaints"
        raise _Refused("complaint_number", problem)
    call = {name: values.pop(name) for name in _ATTEMPT_FIELDS if name in values}
    if call:
        if "called_at" not in call or "outcome" not in call:
            missing = "called_at" if "called_at" not in call else "outcome"
            raise _Refused(missing, "a call needs both its time and its outcome")
        values["attempts"] = [
            CallAttempt(
                call["outcome"],
                by=call.get("called_by"),
                rating=call.get("rating"),
                opinion=call.get("opinion"),
            )
        ]
    values.setdefault("earliest", values["due"])
    values.setdefault("latest", values["due"])
    followup = FollowUp(version=1, **values)
    run.unique(run.followups, "number", followup.number)
    return followup


def x__build_followup__mutmut_55(run: _Run, table: TableMapping, values: dict[str, Any]) -> FollowUp:
    _check_optional_refs(run, values)
    complaint = values.get("complaint_number")
    if complaint is not None and complaint not in run.complaints:
        problem = f"complaint {shown(complaint)} is not among the imported complaints"
        raise _Refused("complaint_number", problem)
    call = {name: values.pop(name) for name in _ATTEMPT_FIELDS if name in values}
    if call:
        if "called_at" not in call or "outcome" not in call:
            missing = "called_at" if "called_at" not in call else "outcome"
            raise _Refused(missing, "a call needs both its time and its outcome")
        values["attempts"] = [
            CallAttempt(
                call["called_at"],
                by=call.get("called_by"),
                rating=call.get("rating"),
                opinion=call.get("opinion"),
            )
        ]
    values.setdefault("earliest", values["due"])
    values.setdefault("latest", values["due"])
    followup = FollowUp(version=1, **values)
    run.unique(run.followups, "number", followup.number)
    return followup


def x__build_followup__mutmut_56(run: _Run, table: TableMapping, values: dict[str, Any]) -> FollowUp:
    _check_optional_refs(run, values)
    complaint = values.get("complaint_number")
    if complaint is not None and complaint not in run.complaints:
        problem = f"complaint {shown(complaint)} is not among the imported complaints"
        raise _Refused("complaint_number", problem)
    call = {name: values.pop(name) for name in _ATTEMPT_FIELDS if name in values}
    if call:
        if "called_at" not in call or "outcome" not in call:
            missing = "called_at" if "called_at" not in call else "outcome"
            raise _Refused(missing, "a call needs both its time and its outcome")
        values["attempts"] = [
            CallAttempt(
                call["called_at"],
                call["outcome"],
                rating=call.get("rating"),
                opinion=call.get("opinion"),
            )
        ]
    values.setdefault("earliest", values["due"])
    values.setdefault("latest", values["due"])
    followup = FollowUp(version=1, **values)
    run.unique(run.followups, "number", followup.number)
    return followup


def x__build_followup__mutmut_57(run: _Run, table: TableMapping, values: dict[str, Any]) -> FollowUp:
    _check_optional_refs(run, values)
    complaint = values.get("complaint_number")
    if complaint is not None and complaint not in run.complaints:
        problem = f"complaint {shown(complaint)} is not among the imported complaints"
        raise _Refused("complaint_number", problem)
    call = {name: values.pop(name) for name in _ATTEMPT_FIELDS if name in values}
    if call:
        if "called_at" not in call or "outcome" not in call:
            missing = "called_at" if "called_at" not in call else "outcome"
            raise _Refused(missing, "a call needs both its time and its outcome")
        values["attempts"] = [
            CallAttempt(
                call["called_at"],
                call["outcome"],
                by=call.get("called_by"),
                opinion=call.get("opinion"),
            )
        ]
    values.setdefault("earliest", values["due"])
    values.setdefault("latest", values["due"])
    followup = FollowUp(version=1, **values)
    run.unique(run.followups, "number", followup.number)
    return followup


def x__build_followup__mutmut_58(run: _Run, table: TableMapping, values: dict[str, Any]) -> FollowUp:
    _check_optional_refs(run, values)
    complaint = values.get("complaint_number")
    if complaint is not None and complaint not in run.complaints:
        problem = f"complaint {shown(complaint)} is not among the imported complaints"
        raise _Refused("complaint_number", problem)
    call = {name: values.pop(name) for name in _ATTEMPT_FIELDS if name in values}
    if call:
        if "called_at" not in call or "outcome" not in call:
            missing = "called_at" if "called_at" not in call else "outcome"
            raise _Refused(missing, "a call needs both its time and its outcome")
        values["attempts"] = [
            CallAttempt(
                call["called_at"],
                call["outcome"],
                by=call.get("called_by"),
                rating=call.get("rating"),
                )
        ]
    values.setdefault("earliest", values["due"])
    values.setdefault("latest", values["due"])
    followup = FollowUp(version=1, **values)
    run.unique(run.followups, "number", followup.number)
    return followup


def x__build_followup__mutmut_59(run: _Run, table: TableMapping, values: dict[str, Any]) -> FollowUp:
    _check_optional_refs(run, values)
    complaint = values.get("complaint_number")
    if complaint is not None and complaint not in run.complaints:
        problem = f"complaint {shown(complaint)} is not among the imported complaints"
        raise _Refused("complaint_number", problem)
    call = {name: values.pop(name) for name in _ATTEMPT_FIELDS if name in values}
    if call:
        if "called_at" not in call or "outcome" not in call:
            missing = "called_at" if "called_at" not in call else "outcome"
            raise _Refused(missing, "a call needs both its time and its outcome")
        values["attempts"] = [
            CallAttempt(
                call["XXcalled_atXX"],
                call["outcome"],
                by=call.get("called_by"),
                rating=call.get("rating"),
                opinion=call.get("opinion"),
            )
        ]
    values.setdefault("earliest", values["due"])
    values.setdefault("latest", values["due"])
    followup = FollowUp(version=1, **values)
    run.unique(run.followups, "number", followup.number)
    return followup


def x__build_followup__mutmut_60(run: _Run, table: TableMapping, values: dict[str, Any]) -> FollowUp:
    _check_optional_refs(run, values)
    complaint = values.get("complaint_number")
    if complaint is not None and complaint not in run.complaints:
        problem = f"complaint {shown(complaint)} is not among the imported complaints"
        raise _Refused("complaint_number", problem)
    call = {name: values.pop(name) for name in _ATTEMPT_FIELDS if name in values}
    if call:
        if "called_at" not in call or "outcome" not in call:
            missing = "called_at" if "called_at" not in call else "outcome"
            raise _Refused(missing, "a call needs both its time and its outcome")
        values["attempts"] = [
            CallAttempt(
                call["CALLED_AT"],
                call["outcome"],
                by=call.get("called_by"),
                rating=call.get("rating"),
                opinion=call.get("opinion"),
            )
        ]
    values.setdefault("earliest", values["due"])
    values.setdefault("latest", values["due"])
    followup = FollowUp(version=1, **values)
    run.unique(run.followups, "number", followup.number)
    return followup


def x__build_followup__mutmut_61(run: _Run, table: TableMapping, values: dict[str, Any]) -> FollowUp:
    _check_optional_refs(run, values)
    complaint = values.get("complaint_number")
    if complaint is not None and complaint not in run.complaints:
        problem = f"complaint {shown(complaint)} is not among the imported complaints"
        raise _Refused("complaint_number", problem)
    call = {name: values.pop(name) for name in _ATTEMPT_FIELDS if name in values}
    if call:
        if "called_at" not in call or "outcome" not in call:
            missing = "called_at" if "called_at" not in call else "outcome"
            raise _Refused(missing, "a call needs both its time and its outcome")
        values["attempts"] = [
            CallAttempt(
                call["called_at"],
                call["XXoutcomeXX"],
                by=call.get("called_by"),
                rating=call.get("rating"),
                opinion=call.get("opinion"),
            )
        ]
    values.setdefault("earliest", values["due"])
    values.setdefault("latest", values["due"])
    followup = FollowUp(version=1, **values)
    run.unique(run.followups, "number", followup.number)
    return followup


def x__build_followup__mutmut_62(run: _Run, table: TableMapping, values: dict[str, Any]) -> FollowUp:
    _check_optional_refs(run, values)
    complaint = values.get("complaint_number")
    if complaint is not None and complaint not in run.complaints:
        problem = f"complaint {shown(complaint)} is not among the imported complaints"
        raise _Refused("complaint_number", problem)
    call = {name: values.pop(name) for name in _ATTEMPT_FIELDS if name in values}
    if call:
        if "called_at" not in call or "outcome" not in call:
            missing = "called_at" if "called_at" not in call else "outcome"
            raise _Refused(missing, "a call needs both its time and its outcome")
        values["attempts"] = [
            CallAttempt(
                call["called_at"],
                call["OUTCOME"],
                by=call.get("called_by"),
                rating=call.get("rating"),
                opinion=call.get("opinion"),
            )
        ]
    values.setdefault("earliest", values["due"])
    values.setdefault("latest", values["due"])
    followup = FollowUp(version=1, **values)
    run.unique(run.followups, "number", followup.number)
    return followup


def x__build_followup__mutmut_63(run: _Run, table: TableMapping, values: dict[str, Any]) -> FollowUp:
    _check_optional_refs(run, values)
    complaint = values.get("complaint_number")
    if complaint is not None and complaint not in run.complaints:
        problem = f"complaint {shown(complaint)} is not among the imported complaints"
        raise _Refused("complaint_number", problem)
    call = {name: values.pop(name) for name in _ATTEMPT_FIELDS if name in values}
    if call:
        if "called_at" not in call or "outcome" not in call:
            missing = "called_at" if "called_at" not in call else "outcome"
            raise _Refused(missing, "a call needs both its time and its outcome")
        values["attempts"] = [
            CallAttempt(
                call["called_at"],
                call["outcome"],
                by=call.get(None),
                rating=call.get("rating"),
                opinion=call.get("opinion"),
            )
        ]
    values.setdefault("earliest", values["due"])
    values.setdefault("latest", values["due"])
    followup = FollowUp(version=1, **values)
    run.unique(run.followups, "number", followup.number)
    return followup


def x__build_followup__mutmut_64(run: _Run, table: TableMapping, values: dict[str, Any]) -> FollowUp:
    _check_optional_refs(run, values)
    complaint = values.get("complaint_number")
    if complaint is not None and complaint not in run.complaints:
        problem = f"complaint {shown(complaint)} is not among the imported complaints"
        raise _Refused("complaint_number", problem)
    call = {name: values.pop(name) for name in _ATTEMPT_FIELDS if name in values}
    if call:
        if "called_at" not in call or "outcome" not in call:
            missing = "called_at" if "called_at" not in call else "outcome"
            raise _Refused(missing, "a call needs both its time and its outcome")
        values["attempts"] = [
            CallAttempt(
                call["called_at"],
                call["outcome"],
                by=call.get("XXcalled_byXX"),
                rating=call.get("rating"),
                opinion=call.get("opinion"),
            )
        ]
    values.setdefault("earliest", values["due"])
    values.setdefault("latest", values["due"])
    followup = FollowUp(version=1, **values)
    run.unique(run.followups, "number", followup.number)
    return followup


def x__build_followup__mutmut_65(run: _Run, table: TableMapping, values: dict[str, Any]) -> FollowUp:
    _check_optional_refs(run, values)
    complaint = values.get("complaint_number")
    if complaint is not None and complaint not in run.complaints:
        problem = f"complaint {shown(complaint)} is not among the imported complaints"
        raise _Refused("complaint_number", problem)
    call = {name: values.pop(name) for name in _ATTEMPT_FIELDS if name in values}
    if call:
        if "called_at" not in call or "outcome" not in call:
            missing = "called_at" if "called_at" not in call else "outcome"
            raise _Refused(missing, "a call needs both its time and its outcome")
        values["attempts"] = [
            CallAttempt(
                call["called_at"],
                call["outcome"],
                by=call.get("CALLED_BY"),
                rating=call.get("rating"),
                opinion=call.get("opinion"),
            )
        ]
    values.setdefault("earliest", values["due"])
    values.setdefault("latest", values["due"])
    followup = FollowUp(version=1, **values)
    run.unique(run.followups, "number", followup.number)
    return followup


def x__build_followup__mutmut_66(run: _Run, table: TableMapping, values: dict[str, Any]) -> FollowUp:
    _check_optional_refs(run, values)
    complaint = values.get("complaint_number")
    if complaint is not None and complaint not in run.complaints:
        problem = f"complaint {shown(complaint)} is not among the imported complaints"
        raise _Refused("complaint_number", problem)
    call = {name: values.pop(name) for name in _ATTEMPT_FIELDS if name in values}
    if call:
        if "called_at" not in call or "outcome" not in call:
            missing = "called_at" if "called_at" not in call else "outcome"
            raise _Refused(missing, "a call needs both its time and its outcome")
        values["attempts"] = [
            CallAttempt(
                call["called_at"],
                call["outcome"],
                by=call.get("called_by"),
                rating=call.get(None),
                opinion=call.get("opinion"),
            )
        ]
    values.setdefault("earliest", values["due"])
    values.setdefault("latest", values["due"])
    followup = FollowUp(version=1, **values)
    run.unique(run.followups, "number", followup.number)
    return followup


def x__build_followup__mutmut_67(run: _Run, table: TableMapping, values: dict[str, Any]) -> FollowUp:
    _check_optional_refs(run, values)
    complaint = values.get("complaint_number")
    if complaint is not None and complaint not in run.complaints:
        problem = f"complaint {shown(complaint)} is not among the imported complaints"
        raise _Refused("complaint_number", problem)
    call = {name: values.pop(name) for name in _ATTEMPT_FIELDS if name in values}
    if call:
        if "called_at" not in call or "outcome" not in call:
            missing = "called_at" if "called_at" not in call else "outcome"
            raise _Refused(missing, "a call needs both its time and its outcome")
        values["attempts"] = [
            CallAttempt(
                call["called_at"],
                call["outcome"],
                by=call.get("called_by"),
                rating=call.get("XXratingXX"),
                opinion=call.get("opinion"),
            )
        ]
    values.setdefault("earliest", values["due"])
    values.setdefault("latest", values["due"])
    followup = FollowUp(version=1, **values)
    run.unique(run.followups, "number", followup.number)
    return followup


def x__build_followup__mutmut_68(run: _Run, table: TableMapping, values: dict[str, Any]) -> FollowUp:
    _check_optional_refs(run, values)
    complaint = values.get("complaint_number")
    if complaint is not None and complaint not in run.complaints:
        problem = f"complaint {shown(complaint)} is not among the imported complaints"
        raise _Refused("complaint_number", problem)
    call = {name: values.pop(name) for name in _ATTEMPT_FIELDS if name in values}
    if call:
        if "called_at" not in call or "outcome" not in call:
            missing = "called_at" if "called_at" not in call else "outcome"
            raise _Refused(missing, "a call needs both its time and its outcome")
        values["attempts"] = [
            CallAttempt(
                call["called_at"],
                call["outcome"],
                by=call.get("called_by"),
                rating=call.get("RATING"),
                opinion=call.get("opinion"),
            )
        ]
    values.setdefault("earliest", values["due"])
    values.setdefault("latest", values["due"])
    followup = FollowUp(version=1, **values)
    run.unique(run.followups, "number", followup.number)
    return followup


def x__build_followup__mutmut_69(run: _Run, table: TableMapping, values: dict[str, Any]) -> FollowUp:
    _check_optional_refs(run, values)
    complaint = values.get("complaint_number")
    if complaint is not None and complaint not in run.complaints:
        problem = f"complaint {shown(complaint)} is not among the imported complaints"
        raise _Refused("complaint_number", problem)
    call = {name: values.pop(name) for name in _ATTEMPT_FIELDS if name in values}
    if call:
        if "called_at" not in call or "outcome" not in call:
            missing = "called_at" if "called_at" not in call else "outcome"
            raise _Refused(missing, "a call needs both its time and its outcome")
        values["attempts"] = [
            CallAttempt(
                call["called_at"],
                call["outcome"],
                by=call.get("called_by"),
                rating=call.get("rating"),
                opinion=call.get(None),
            )
        ]
    values.setdefault("earliest", values["due"])
    values.setdefault("latest", values["due"])
    followup = FollowUp(version=1, **values)
    run.unique(run.followups, "number", followup.number)
    return followup


def x__build_followup__mutmut_70(run: _Run, table: TableMapping, values: dict[str, Any]) -> FollowUp:
    _check_optional_refs(run, values)
    complaint = values.get("complaint_number")
    if complaint is not None and complaint not in run.complaints:
        problem = f"complaint {shown(complaint)} is not among the imported complaints"
        raise _Refused("complaint_number", problem)
    call = {name: values.pop(name) for name in _ATTEMPT_FIELDS if name in values}
    if call:
        if "called_at" not in call or "outcome" not in call:
            missing = "called_at" if "called_at" not in call else "outcome"
            raise _Refused(missing, "a call needs both its time and its outcome")
        values["attempts"] = [
            CallAttempt(
                call["called_at"],
                call["outcome"],
                by=call.get("called_by"),
                rating=call.get("rating"),
                opinion=call.get("XXopinionXX"),
            )
        ]
    values.setdefault("earliest", values["due"])
    values.setdefault("latest", values["due"])
    followup = FollowUp(version=1, **values)
    run.unique(run.followups, "number", followup.number)
    return followup


def x__build_followup__mutmut_71(run: _Run, table: TableMapping, values: dict[str, Any]) -> FollowUp:
    _check_optional_refs(run, values)
    complaint = values.get("complaint_number")
    if complaint is not None and complaint not in run.complaints:
        problem = f"complaint {shown(complaint)} is not among the imported complaints"
        raise _Refused("complaint_number", problem)
    call = {name: values.pop(name) for name in _ATTEMPT_FIELDS if name in values}
    if call:
        if "called_at" not in call or "outcome" not in call:
            missing = "called_at" if "called_at" not in call else "outcome"
            raise _Refused(missing, "a call needs both its time and its outcome")
        values["attempts"] = [
            CallAttempt(
                call["called_at"],
                call["outcome"],
                by=call.get("called_by"),
                rating=call.get("rating"),
                opinion=call.get("OPINION"),
            )
        ]
    values.setdefault("earliest", values["due"])
    values.setdefault("latest", values["due"])
    followup = FollowUp(version=1, **values)
    run.unique(run.followups, "number", followup.number)
    return followup


def x__build_followup__mutmut_72(run: _Run, table: TableMapping, values: dict[str, Any]) -> FollowUp:
    _check_optional_refs(run, values)
    complaint = values.get("complaint_number")
    if complaint is not None and complaint not in run.complaints:
        problem = f"complaint {shown(complaint)} is not among the imported complaints"
        raise _Refused("complaint_number", problem)
    call = {name: values.pop(name) for name in _ATTEMPT_FIELDS if name in values}
    if call:
        if "called_at" not in call or "outcome" not in call:
            missing = "called_at" if "called_at" not in call else "outcome"
            raise _Refused(missing, "a call needs both its time and its outcome")
        values["attempts"] = [
            CallAttempt(
                call["called_at"],
                call["outcome"],
                by=call.get("called_by"),
                rating=call.get("rating"),
                opinion=call.get("opinion"),
            )
        ]
    values.setdefault(None, values["due"])
    values.setdefault("latest", values["due"])
    followup = FollowUp(version=1, **values)
    run.unique(run.followups, "number", followup.number)
    return followup


def x__build_followup__mutmut_73(run: _Run, table: TableMapping, values: dict[str, Any]) -> FollowUp:
    _check_optional_refs(run, values)
    complaint = values.get("complaint_number")
    if complaint is not None and complaint not in run.complaints:
        problem = f"complaint {shown(complaint)} is not among the imported complaints"
        raise _Refused("complaint_number", problem)
    call = {name: values.pop(name) for name in _ATTEMPT_FIELDS if name in values}
    if call:
        if "called_at" not in call or "outcome" not in call:
            missing = "called_at" if "called_at" not in call else "outcome"
            raise _Refused(missing, "a call needs both its time and its outcome")
        values["attempts"] = [
            CallAttempt(
                call["called_at"],
                call["outcome"],
                by=call.get("called_by"),
                rating=call.get("rating"),
                opinion=call.get("opinion"),
            )
        ]
    values.setdefault("earliest", None)
    values.setdefault("latest", values["due"])
    followup = FollowUp(version=1, **values)
    run.unique(run.followups, "number", followup.number)
    return followup


def x__build_followup__mutmut_74(run: _Run, table: TableMapping, values: dict[str, Any]) -> FollowUp:
    _check_optional_refs(run, values)
    complaint = values.get("complaint_number")
    if complaint is not None and complaint not in run.complaints:
        problem = f"complaint {shown(complaint)} is not among the imported complaints"
        raise _Refused("complaint_number", problem)
    call = {name: values.pop(name) for name in _ATTEMPT_FIELDS if name in values}
    if call:
        if "called_at" not in call or "outcome" not in call:
            missing = "called_at" if "called_at" not in call else "outcome"
            raise _Refused(missing, "a call needs both its time and its outcome")
        values["attempts"] = [
            CallAttempt(
                call["called_at"],
                call["outcome"],
                by=call.get("called_by"),
                rating=call.get("rating"),
                opinion=call.get("opinion"),
            )
        ]
    values.setdefault(values["due"])
    values.setdefault("latest", values["due"])
    followup = FollowUp(version=1, **values)
    run.unique(run.followups, "number", followup.number)
    return followup


def x__build_followup__mutmut_75(run: _Run, table: TableMapping, values: dict[str, Any]) -> FollowUp:
    _check_optional_refs(run, values)
    complaint = values.get("complaint_number")
    if complaint is not None and complaint not in run.complaints:
        problem = f"complaint {shown(complaint)} is not among the imported complaints"
        raise _Refused("complaint_number", problem)
    call = {name: values.pop(name) for name in _ATTEMPT_FIELDS if name in values}
    if call:
        if "called_at" not in call or "outcome" not in call:
            missing = "called_at" if "called_at" not in call else "outcome"
            raise _Refused(missing, "a call needs both its time and its outcome")
        values["attempts"] = [
            CallAttempt(
                call["called_at"],
                call["outcome"],
                by=call.get("called_by"),
                rating=call.get("rating"),
                opinion=call.get("opinion"),
            )
        ]
    values.setdefault("earliest", )
    values.setdefault("latest", values["due"])
    followup = FollowUp(version=1, **values)
    run.unique(run.followups, "number", followup.number)
    return followup


def x__build_followup__mutmut_76(run: _Run, table: TableMapping, values: dict[str, Any]) -> FollowUp:
    _check_optional_refs(run, values)
    complaint = values.get("complaint_number")
    if complaint is not None and complaint not in run.complaints:
        problem = f"complaint {shown(complaint)} is not among the imported complaints"
        raise _Refused("complaint_number", problem)
    call = {name: values.pop(name) for name in _ATTEMPT_FIELDS if name in values}
    if call:
        if "called_at" not in call or "outcome" not in call:
            missing = "called_at" if "called_at" not in call else "outcome"
            raise _Refused(missing, "a call needs both its time and its outcome")
        values["attempts"] = [
            CallAttempt(
                call["called_at"],
                call["outcome"],
                by=call.get("called_by"),
                rating=call.get("rating"),
                opinion=call.get("opinion"),
            )
        ]
    values.setdefault("XXearliestXX", values["due"])
    values.setdefault("latest", values["due"])
    followup = FollowUp(version=1, **values)
    run.unique(run.followups, "number", followup.number)
    return followup


def x__build_followup__mutmut_77(run: _Run, table: TableMapping, values: dict[str, Any]) -> FollowUp:
    _check_optional_refs(run, values)
    complaint = values.get("complaint_number")
    if complaint is not None and complaint not in run.complaints:
        problem = f"complaint {shown(complaint)} is not among the imported complaints"
        raise _Refused("complaint_number", problem)
    call = {name: values.pop(name) for name in _ATTEMPT_FIELDS if name in values}
    if call:
        if "called_at" not in call or "outcome" not in call:
            missing = "called_at" if "called_at" not in call else "outcome"
            raise _Refused(missing, "a call needs both its time and its outcome")
        values["attempts"] = [
            CallAttempt(
                call["called_at"],
                call["outcome"],
                by=call.get("called_by"),
                rating=call.get("rating"),
                opinion=call.get("opinion"),
            )
        ]
    values.setdefault("EARLIEST", values["due"])
    values.setdefault("latest", values["due"])
    followup = FollowUp(version=1, **values)
    run.unique(run.followups, "number", followup.number)
    return followup


def x__build_followup__mutmut_78(run: _Run, table: TableMapping, values: dict[str, Any]) -> FollowUp:
    _check_optional_refs(run, values)
    complaint = values.get("complaint_number")
    if complaint is not None and complaint not in run.complaints:
        problem = f"complaint {shown(complaint)} is not among the imported complaints"
        raise _Refused("complaint_number", problem)
    call = {name: values.pop(name) for name in _ATTEMPT_FIELDS if name in values}
    if call:
        if "called_at" not in call or "outcome" not in call:
            missing = "called_at" if "called_at" not in call else "outcome"
            raise _Refused(missing, "a call needs both its time and its outcome")
        values["attempts"] = [
            CallAttempt(
                call["called_at"],
                call["outcome"],
                by=call.get("called_by"),
                rating=call.get("rating"),
                opinion=call.get("opinion"),
            )
        ]
    values.setdefault("earliest", values["XXdueXX"])
    values.setdefault("latest", values["due"])
    followup = FollowUp(version=1, **values)
    run.unique(run.followups, "number", followup.number)
    return followup


def x__build_followup__mutmut_79(run: _Run, table: TableMapping, values: dict[str, Any]) -> FollowUp:
    _check_optional_refs(run, values)
    complaint = values.get("complaint_number")
    if complaint is not None and complaint not in run.complaints:
        problem = f"complaint {shown(complaint)} is not among the imported complaints"
        raise _Refused("complaint_number", problem)
    call = {name: values.pop(name) for name in _ATTEMPT_FIELDS if name in values}
    if call:
        if "called_at" not in call or "outcome" not in call:
            missing = "called_at" if "called_at" not in call else "outcome"
            raise _Refused(missing, "a call needs both its time and its outcome")
        values["attempts"] = [
            CallAttempt(
                call["called_at"],
                call["outcome"],
                by=call.get("called_by"),
                rating=call.get("rating"),
                opinion=call.get("opinion"),
            )
        ]
    values.setdefault("earliest", values["DUE"])
    values.setdefault("latest", values["due"])
    followup = FollowUp(version=1, **values)
    run.unique(run.followups, "number", followup.number)
    return followup


def x__build_followup__mutmut_80(run: _Run, table: TableMapping, values: dict[str, Any]) -> FollowUp:
    _check_optional_refs(run, values)
    complaint = values.get("complaint_number")
    if complaint is not None and complaint not in run.complaints:
        problem = f"complaint {shown(complaint)} is not among the imported complaints"
        raise _Refused("complaint_number", problem)
    call = {name: values.pop(name) for name in _ATTEMPT_FIELDS if name in values}
    if call:
        if "called_at" not in call or "outcome" not in call:
            missing = "called_at" if "called_at" not in call else "outcome"
            raise _Refused(missing, "a call needs both its time and its outcome")
        values["attempts"] = [
            CallAttempt(
                call["called_at"],
                call["outcome"],
                by=call.get("called_by"),
                rating=call.get("rating"),
                opinion=call.get("opinion"),
            )
        ]
    values.setdefault("earliest", values["due"])
    values.setdefault(None, values["due"])
    followup = FollowUp(version=1, **values)
    run.unique(run.followups, "number", followup.number)
    return followup


def x__build_followup__mutmut_81(run: _Run, table: TableMapping, values: dict[str, Any]) -> FollowUp:
    _check_optional_refs(run, values)
    complaint = values.get("complaint_number")
    if complaint is not None and complaint not in run.complaints:
        problem = f"complaint {shown(complaint)} is not among the imported complaints"
        raise _Refused("complaint_number", problem)
    call = {name: values.pop(name) for name in _ATTEMPT_FIELDS if name in values}
    if call:
        if "called_at" not in call or "outcome" not in call:
            missing = "called_at" if "called_at" not in call else "outcome"
            raise _Refused(missing, "a call needs both its time and its outcome")
        values["attempts"] = [
            CallAttempt(
                call["called_at"],
                call["outcome"],
                by=call.get("called_by"),
                rating=call.get("rating"),
                opinion=call.get("opinion"),
            )
        ]
    values.setdefault("earliest", values["due"])
    values.setdefault("latest", None)
    followup = FollowUp(version=1, **values)
    run.unique(run.followups, "number", followup.number)
    return followup


def x__build_followup__mutmut_82(run: _Run, table: TableMapping, values: dict[str, Any]) -> FollowUp:
    _check_optional_refs(run, values)
    complaint = values.get("complaint_number")
    if complaint is not None and complaint not in run.complaints:
        problem = f"complaint {shown(complaint)} is not among the imported complaints"
        raise _Refused("complaint_number", problem)
    call = {name: values.pop(name) for name in _ATTEMPT_FIELDS if name in values}
    if call:
        if "called_at" not in call or "outcome" not in call:
            missing = "called_at" if "called_at" not in call else "outcome"
            raise _Refused(missing, "a call needs both its time and its outcome")
        values["attempts"] = [
            CallAttempt(
                call["called_at"],
                call["outcome"],
                by=call.get("called_by"),
                rating=call.get("rating"),
                opinion=call.get("opinion"),
            )
        ]
    values.setdefault("earliest", values["due"])
    values.setdefault(values["due"])
    followup = FollowUp(version=1, **values)
    run.unique(run.followups, "number", followup.number)
    return followup


def x__build_followup__mutmut_83(run: _Run, table: TableMapping, values: dict[str, Any]) -> FollowUp:
    _check_optional_refs(run, values)
    complaint = values.get("complaint_number")
    if complaint is not None and complaint not in run.complaints:
        problem = f"complaint {shown(complaint)} is not among the imported complaints"
        raise _Refused("complaint_number", problem)
    call = {name: values.pop(name) for name in _ATTEMPT_FIELDS if name in values}
    if call:
        if "called_at" not in call or "outcome" not in call:
            missing = "called_at" if "called_at" not in call else "outcome"
            raise _Refused(missing, "a call needs both its time and its outcome")
        values["attempts"] = [
            CallAttempt(
                call["called_at"],
                call["outcome"],
                by=call.get("called_by"),
                rating=call.get("rating"),
                opinion=call.get("opinion"),
            )
        ]
    values.setdefault("earliest", values["due"])
    values.setdefault("latest", )
    followup = FollowUp(version=1, **values)
    run.unique(run.followups, "number", followup.number)
    return followup


def x__build_followup__mutmut_84(run: _Run, table: TableMapping, values: dict[str, Any]) -> FollowUp:
    _check_optional_refs(run, values)
    complaint = values.get("complaint_number")
    if complaint is not None and complaint not in run.complaints:
        problem = f"complaint {shown(complaint)} is not among the imported complaints"
        raise _Refused("complaint_number", problem)
    call = {name: values.pop(name) for name in _ATTEMPT_FIELDS if name in values}
    if call:
        if "called_at" not in call or "outcome" not in call:
            missing = "called_at" if "called_at" not in call else "outcome"
            raise _Refused(missing, "a call needs both its time and its outcome")
        values["attempts"] = [
            CallAttempt(
                call["called_at"],
                call["outcome"],
                by=call.get("called_by"),
                rating=call.get("rating"),
                opinion=call.get("opinion"),
            )
        ]
    values.setdefault("earliest", values["due"])
    values.setdefault("XXlatestXX", values["due"])
    followup = FollowUp(version=1, **values)
    run.unique(run.followups, "number", followup.number)
    return followup


def x__build_followup__mutmut_85(run: _Run, table: TableMapping, values: dict[str, Any]) -> FollowUp:
    _check_optional_refs(run, values)
    complaint = values.get("complaint_number")
    if complaint is not None and complaint not in run.complaints:
        problem = f"complaint {shown(complaint)} is not among the imported complaints"
        raise _Refused("complaint_number", problem)
    call = {name: values.pop(name) for name in _ATTEMPT_FIELDS if name in values}
    if call:
        if "called_at" not in call or "outcome" not in call:
            missing = "called_at" if "called_at" not in call else "outcome"
            raise _Refused(missing, "a call needs both its time and its outcome")
        values["attempts"] = [
            CallAttempt(
                call["called_at"],
                call["outcome"],
                by=call.get("called_by"),
                rating=call.get("rating"),
                opinion=call.get("opinion"),
            )
        ]
    values.setdefault("earliest", values["due"])
    values.setdefault("LATEST", values["due"])
    followup = FollowUp(version=1, **values)
    run.unique(run.followups, "number", followup.number)
    return followup


def x__build_followup__mutmut_86(run: _Run, table: TableMapping, values: dict[str, Any]) -> FollowUp:
    _check_optional_refs(run, values)
    complaint = values.get("complaint_number")
    if complaint is not None and complaint not in run.complaints:
        problem = f"complaint {shown(complaint)} is not among the imported complaints"
        raise _Refused("complaint_number", problem)
    call = {name: values.pop(name) for name in _ATTEMPT_FIELDS if name in values}
    if call:
        if "called_at" not in call or "outcome" not in call:
            missing = "called_at" if "called_at" not in call else "outcome"
            raise _Refused(missing, "a call needs both its time and its outcome")
        values["attempts"] = [
            CallAttempt(
                call["called_at"],
                call["outcome"],
                by=call.get("called_by"),
                rating=call.get("rating"),
                opinion=call.get("opinion"),
            )
        ]
    values.setdefault("earliest", values["due"])
    values.setdefault("latest", values["XXdueXX"])
    followup = FollowUp(version=1, **values)
    run.unique(run.followups, "number", followup.number)
    return followup


def x__build_followup__mutmut_87(run: _Run, table: TableMapping, values: dict[str, Any]) -> FollowUp:
    _check_optional_refs(run, values)
    complaint = values.get("complaint_number")
    if complaint is not None and complaint not in run.complaints:
        problem = f"complaint {shown(complaint)} is not among the imported complaints"
        raise _Refused("complaint_number", problem)
    call = {name: values.pop(name) for name in _ATTEMPT_FIELDS if name in values}
    if call:
        if "called_at" not in call or "outcome" not in call:
            missing = "called_at" if "called_at" not in call else "outcome"
            raise _Refused(missing, "a call needs both its time and its outcome")
        values["attempts"] = [
            CallAttempt(
                call["called_at"],
                call["outcome"],
                by=call.get("called_by"),
                rating=call.get("rating"),
                opinion=call.get("opinion"),
            )
        ]
    values.setdefault("earliest", values["due"])
    values.setdefault("latest", values["DUE"])
    followup = FollowUp(version=1, **values)
    run.unique(run.followups, "number", followup.number)
    return followup


def x__build_followup__mutmut_88(run: _Run, table: TableMapping, values: dict[str, Any]) -> FollowUp:
    _check_optional_refs(run, values)
    complaint = values.get("complaint_number")
    if complaint is not None and complaint not in run.complaints:
        problem = f"complaint {shown(complaint)} is not among the imported complaints"
        raise _Refused("complaint_number", problem)
    call = {name: values.pop(name) for name in _ATTEMPT_FIELDS if name in values}
    if call:
        if "called_at" not in call or "outcome" not in call:
            missing = "called_at" if "called_at" not in call else "outcome"
            raise _Refused(missing, "a call needs both its time and its outcome")
        values["attempts"] = [
            CallAttempt(
                call["called_at"],
                call["outcome"],
                by=call.get("called_by"),
                rating=call.get("rating"),
                opinion=call.get("opinion"),
            )
        ]
    values.setdefault("earliest", values["due"])
    values.setdefault("latest", values["due"])
    followup = None
    run.unique(run.followups, "number", followup.number)
    return followup


def x__build_followup__mutmut_89(run: _Run, table: TableMapping, values: dict[str, Any]) -> FollowUp:
    _check_optional_refs(run, values)
    complaint = values.get("complaint_number")
    if complaint is not None and complaint not in run.complaints:
        problem = f"complaint {shown(complaint)} is not among the imported complaints"
        raise _Refused("complaint_number", problem)
    call = {name: values.pop(name) for name in _ATTEMPT_FIELDS if name in values}
    if call:
        if "called_at" not in call or "outcome" not in call:
            missing = "called_at" if "called_at" not in call else "outcome"
            raise _Refused(missing, "a call needs both its time and its outcome")
        values["attempts"] = [
            CallAttempt(
                call["called_at"],
                call["outcome"],
                by=call.get("called_by"),
                rating=call.get("rating"),
                opinion=call.get("opinion"),
            )
        ]
    values.setdefault("earliest", values["due"])
    values.setdefault("latest", values["due"])
    followup = FollowUp(version=None, **values)
    run.unique(run.followups, "number", followup.number)
    return followup


def x__build_followup__mutmut_90(run: _Run, table: TableMapping, values: dict[str, Any]) -> FollowUp:
    _check_optional_refs(run, values)
    complaint = values.get("complaint_number")
    if complaint is not None and complaint not in run.complaints:
        problem = f"complaint {shown(complaint)} is not among the imported complaints"
        raise _Refused("complaint_number", problem)
    call = {name: values.pop(name) for name in _ATTEMPT_FIELDS if name in values}
    if call:
        if "called_at" not in call or "outcome" not in call:
            missing = "called_at" if "called_at" not in call else "outcome"
            raise _Refused(missing, "a call needs both its time and its outcome")
        values["attempts"] = [
            CallAttempt(
                call["called_at"],
                call["outcome"],
                by=call.get("called_by"),
                rating=call.get("rating"),
                opinion=call.get("opinion"),
            )
        ]
    values.setdefault("earliest", values["due"])
    values.setdefault("latest", values["due"])
    followup = FollowUp(**values)
    run.unique(run.followups, "number", followup.number)
    return followup


def x__build_followup__mutmut_91(run: _Run, table: TableMapping, values: dict[str, Any]) -> FollowUp:
    _check_optional_refs(run, values)
    complaint = values.get("complaint_number")
    if complaint is not None and complaint not in run.complaints:
        problem = f"complaint {shown(complaint)} is not among the imported complaints"
        raise _Refused("complaint_number", problem)
    call = {name: values.pop(name) for name in _ATTEMPT_FIELDS if name in values}
    if call:
        if "called_at" not in call or "outcome" not in call:
            missing = "called_at" if "called_at" not in call else "outcome"
            raise _Refused(missing, "a call needs both its time and its outcome")
        values["attempts"] = [
            CallAttempt(
                call["called_at"],
                call["outcome"],
                by=call.get("called_by"),
                rating=call.get("rating"),
                opinion=call.get("opinion"),
            )
        ]
    values.setdefault("earliest", values["due"])
    values.setdefault("latest", values["due"])
    followup = FollowUp(version=1, )
    run.unique(run.followups, "number", followup.number)
    return followup


def x__build_followup__mutmut_92(run: _Run, table: TableMapping, values: dict[str, Any]) -> FollowUp:
    _check_optional_refs(run, values)
    complaint = values.get("complaint_number")
    if complaint is not None and complaint not in run.complaints:
        problem = f"complaint {shown(complaint)} is not among the imported complaints"
        raise _Refused("complaint_number", problem)
    call = {name: values.pop(name) for name in _ATTEMPT_FIELDS if name in values}
    if call:
        if "called_at" not in call or "outcome" not in call:
            missing = "called_at" if "called_at" not in call else "outcome"
            raise _Refused(missing, "a call needs both its time and its outcome")
        values["attempts"] = [
            CallAttempt(
                call["called_at"],
                call["outcome"],
                by=call.get("called_by"),
                rating=call.get("rating"),
                opinion=call.get("opinion"),
            )
        ]
    values.setdefault("earliest", values["due"])
    values.setdefault("latest", values["due"])
    followup = FollowUp(version=2, **values)
    run.unique(run.followups, "number", followup.number)
    return followup


def x__build_followup__mutmut_93(run: _Run, table: TableMapping, values: dict[str, Any]) -> FollowUp:
    _check_optional_refs(run, values)
    complaint = values.get("complaint_number")
    if complaint is not None and complaint not in run.complaints:
        problem = f"complaint {shown(complaint)} is not among the imported complaints"
        raise _Refused("complaint_number", problem)
    call = {name: values.pop(name) for name in _ATTEMPT_FIELDS if name in values}
    if call:
        if "called_at" not in call or "outcome" not in call:
            missing = "called_at" if "called_at" not in call else "outcome"
            raise _Refused(missing, "a call needs both its time and its outcome")
        values["attempts"] = [
            CallAttempt(
                call["called_at"],
                call["outcome"],
                by=call.get("called_by"),
                rating=call.get("rating"),
                opinion=call.get("opinion"),
            )
        ]
    values.setdefault("earliest", values["due"])
    values.setdefault("latest", values["due"])
    followup = FollowUp(version=1, **values)
    run.unique(None, "number", followup.number)
    return followup


def x__build_followup__mutmut_94(run: _Run, table: TableMapping, values: dict[str, Any]) -> FollowUp:
    _check_optional_refs(run, values)
    complaint = values.get("complaint_number")
    if complaint is not None and complaint not in run.complaints:
        problem = f"complaint {shown(complaint)} is not among the imported complaints"
        raise _Refused("complaint_number", problem)
    call = {name: values.pop(name) for name in _ATTEMPT_FIELDS if name in values}
    if call:
        if "called_at" not in call or "outcome" not in call:
            missing = "called_at" if "called_at" not in call else "outcome"
            raise _Refused(missing, "a call needs both its time and its outcome")
        values["attempts"] = [
            CallAttempt(
                call["called_at"],
                call["outcome"],
                by=call.get("called_by"),
                rating=call.get("rating"),
                opinion=call.get("opinion"),
            )
        ]
    values.setdefault("earliest", values["due"])
    values.setdefault("latest", values["due"])
    followup = FollowUp(version=1, **values)
    run.unique(run.followups, None, followup.number)
    return followup


def x__build_followup__mutmut_95(run: _Run, table: TableMapping, values: dict[str, Any]) -> FollowUp:
    _check_optional_refs(run, values)
    complaint = values.get("complaint_number")
    if complaint is not None and complaint not in run.complaints:
        problem = f"complaint {shown(complaint)} is not among the imported complaints"
        raise _Refused("complaint_number", problem)
    call = {name: values.pop(name) for name in _ATTEMPT_FIELDS if name in values}
    if call:
        if "called_at" not in call or "outcome" not in call:
            missing = "called_at" if "called_at" not in call else "outcome"
            raise _Refused(missing, "a call needs both its time and its outcome")
        values["attempts"] = [
            CallAttempt(
                call["called_at"],
                call["outcome"],
                by=call.get("called_by"),
                rating=call.get("rating"),
                opinion=call.get("opinion"),
            )
        ]
    values.setdefault("earliest", values["due"])
    values.setdefault("latest", values["due"])
    followup = FollowUp(version=1, **values)
    run.unique(run.followups, "number", None)
    return followup


def x__build_followup__mutmut_96(run: _Run, table: TableMapping, values: dict[str, Any]) -> FollowUp:
    _check_optional_refs(run, values)
    complaint = values.get("complaint_number")
    if complaint is not None and complaint not in run.complaints:
        problem = f"complaint {shown(complaint)} is not among the imported complaints"
        raise _Refused("complaint_number", problem)
    call = {name: values.pop(name) for name in _ATTEMPT_FIELDS if name in values}
    if call:
        if "called_at" not in call or "outcome" not in call:
            missing = "called_at" if "called_at" not in call else "outcome"
            raise _Refused(missing, "a call needs both its time and its outcome")
        values["attempts"] = [
            CallAttempt(
                call["called_at"],
                call["outcome"],
                by=call.get("called_by"),
                rating=call.get("rating"),
                opinion=call.get("opinion"),
            )
        ]
    values.setdefault("earliest", values["due"])
    values.setdefault("latest", values["due"])
    followup = FollowUp(version=1, **values)
    run.unique("number", followup.number)
    return followup


def x__build_followup__mutmut_97(run: _Run, table: TableMapping, values: dict[str, Any]) -> FollowUp:
    _check_optional_refs(run, values)
    complaint = values.get("complaint_number")
    if complaint is not None and complaint not in run.complaints:
        problem = f"complaint {shown(complaint)} is not among the imported complaints"
        raise _Refused("complaint_number", problem)
    call = {name: values.pop(name) for name in _ATTEMPT_FIELDS if name in values}
    if call:
        if "called_at" not in call or "outcome" not in call:
            missing = "called_at" if "called_at" not in call else "outcome"
            raise _Refused(missing, "a call needs both its time and its outcome")
        values["attempts"] = [
            CallAttempt(
                call["called_at"],
                call["outcome"],
                by=call.get("called_by"),
                rating=call.get("rating"),
                opinion=call.get("opinion"),
            )
        ]
    values.setdefault("earliest", values["due"])
    values.setdefault("latest", values["due"])
    followup = FollowUp(version=1, **values)
    run.unique(run.followups, followup.number)
    return followup


def x__build_followup__mutmut_98(run: _Run, table: TableMapping, values: dict[str, Any]) -> FollowUp:
    _check_optional_refs(run, values)
    complaint = values.get("complaint_number")
    if complaint is not None and complaint not in run.complaints:
        problem = f"complaint {shown(complaint)} is not among the imported complaints"
        raise _Refused("complaint_number", problem)
    call = {name: values.pop(name) for name in _ATTEMPT_FIELDS if name in values}
    if call:
        if "called_at" not in call or "outcome" not in call:
            missing = "called_at" if "called_at" not in call else "outcome"
            raise _Refused(missing, "a call needs both its time and its outcome")
        values["attempts"] = [
            CallAttempt(
                call["called_at"],
                call["outcome"],
                by=call.get("called_by"),
                rating=call.get("rating"),
                opinion=call.get("opinion"),
            )
        ]
    values.setdefault("earliest", values["due"])
    values.setdefault("latest", values["due"])
    followup = FollowUp(version=1, **values)
    run.unique(run.followups, "number", )
    return followup


def x__build_followup__mutmut_99(run: _Run, table: TableMapping, values: dict[str, Any]) -> FollowUp:
    _check_optional_refs(run, values)
    complaint = values.get("complaint_number")
    if complaint is not None and complaint not in run.complaints:
        problem = f"complaint {shown(complaint)} is not among the imported complaints"
        raise _Refused("complaint_number", problem)
    call = {name: values.pop(name) for name in _ATTEMPT_FIELDS if name in values}
    if call:
        if "called_at" not in call or "outcome" not in call:
            missing = "called_at" if "called_at" not in call else "outcome"
            raise _Refused(missing, "a call needs both its time and its outcome")
        values["attempts"] = [
            CallAttempt(
                call["called_at"],
                call["outcome"],
                by=call.get("called_by"),
                rating=call.get("rating"),
                opinion=call.get("opinion"),
            )
        ]
    values.setdefault("earliest", values["due"])
    values.setdefault("latest", values["due"])
    followup = FollowUp(version=1, **values)
    run.unique(run.followups, "XXnumberXX", followup.number)
    return followup


def x__build_followup__mutmut_100(run: _Run, table: TableMapping, values: dict[str, Any]) -> FollowUp:
    _check_optional_refs(run, values)
    complaint = values.get("complaint_number")
    if complaint is not None and complaint not in run.complaints:
        problem = f"complaint {shown(complaint)} is not among the imported complaints"
        raise _Refused("complaint_number", problem)
    call = {name: values.pop(name) for name in _ATTEMPT_FIELDS if name in values}
    if call:
        if "called_at" not in call or "outcome" not in call:
            missing = "called_at" if "called_at" not in call else "outcome"
            raise _Refused(missing, "a call needs both its time and its outcome")
        values["attempts"] = [
            CallAttempt(
                call["called_at"],
                call["outcome"],
                by=call.get("called_by"),
                rating=call.get("rating"),
                opinion=call.get("opinion"),
            )
        ]
    values.setdefault("earliest", values["due"])
    values.setdefault("latest", values["due"])
    followup = FollowUp(version=1, **values)
    run.unique(run.followups, "NUMBER", followup.number)
    return followup

mutants_x__build_followup__mutmut['_mutmut_orig'] = x__build_followup__mutmut_orig # type: ignore # mutmut generated
mutants_x__build_followup__mutmut['x__build_followup__mutmut_1'] = x__build_followup__mutmut_1 # type: ignore # mutmut generated
mutants_x__build_followup__mutmut['x__build_followup__mutmut_2'] = x__build_followup__mutmut_2 # type: ignore # mutmut generated
mutants_x__build_followup__mutmut['x__build_followup__mutmut_3'] = x__build_followup__mutmut_3 # type: ignore # mutmut generated
mutants_x__build_followup__mutmut['x__build_followup__mutmut_4'] = x__build_followup__mutmut_4 # type: ignore # mutmut generated
mutants_x__build_followup__mutmut['x__build_followup__mutmut_5'] = x__build_followup__mutmut_5 # type: ignore # mutmut generated
mutants_x__build_followup__mutmut['x__build_followup__mutmut_6'] = x__build_followup__mutmut_6 # type: ignore # mutmut generated
mutants_x__build_followup__mutmut['x__build_followup__mutmut_7'] = x__build_followup__mutmut_7 # type: ignore # mutmut generated
mutants_x__build_followup__mutmut['x__build_followup__mutmut_8'] = x__build_followup__mutmut_8 # type: ignore # mutmut generated
mutants_x__build_followup__mutmut['x__build_followup__mutmut_9'] = x__build_followup__mutmut_9 # type: ignore # mutmut generated
mutants_x__build_followup__mutmut['x__build_followup__mutmut_10'] = x__build_followup__mutmut_10 # type: ignore # mutmut generated
mutants_x__build_followup__mutmut['x__build_followup__mutmut_11'] = x__build_followup__mutmut_11 # type: ignore # mutmut generated
mutants_x__build_followup__mutmut['x__build_followup__mutmut_12'] = x__build_followup__mutmut_12 # type: ignore # mutmut generated
mutants_x__build_followup__mutmut['x__build_followup__mutmut_13'] = x__build_followup__mutmut_13 # type: ignore # mutmut generated
mutants_x__build_followup__mutmut['x__build_followup__mutmut_14'] = x__build_followup__mutmut_14 # type: ignore # mutmut generated
mutants_x__build_followup__mutmut['x__build_followup__mutmut_15'] = x__build_followup__mutmut_15 # type: ignore # mutmut generated
mutants_x__build_followup__mutmut['x__build_followup__mutmut_16'] = x__build_followup__mutmut_16 # type: ignore # mutmut generated
mutants_x__build_followup__mutmut['x__build_followup__mutmut_17'] = x__build_followup__mutmut_17 # type: ignore # mutmut generated
mutants_x__build_followup__mutmut['x__build_followup__mutmut_18'] = x__build_followup__mutmut_18 # type: ignore # mutmut generated
mutants_x__build_followup__mutmut['x__build_followup__mutmut_19'] = x__build_followup__mutmut_19 # type: ignore # mutmut generated
mutants_x__build_followup__mutmut['x__build_followup__mutmut_20'] = x__build_followup__mutmut_20 # type: ignore # mutmut generated
mutants_x__build_followup__mutmut['x__build_followup__mutmut_21'] = x__build_followup__mutmut_21 # type: ignore # mutmut generated
mutants_x__build_followup__mutmut['x__build_followup__mutmut_22'] = x__build_followup__mutmut_22 # type: ignore # mutmut generated
mutants_x__build_followup__mutmut['x__build_followup__mutmut_23'] = x__build_followup__mutmut_23 # type: ignore # mutmut generated
mutants_x__build_followup__mutmut['x__build_followup__mutmut_24'] = x__build_followup__mutmut_24 # type: ignore # mutmut generated
mutants_x__build_followup__mutmut['x__build_followup__mutmut_25'] = x__build_followup__mutmut_25 # type: ignore # mutmut generated
mutants_x__build_followup__mutmut['x__build_followup__mutmut_26'] = x__build_followup__mutmut_26 # type: ignore # mutmut generated
mutants_x__build_followup__mutmut['x__build_followup__mutmut_27'] = x__build_followup__mutmut_27 # type: ignore # mutmut generated
mutants_x__build_followup__mutmut['x__build_followup__mutmut_28'] = x__build_followup__mutmut_28 # type: ignore # mutmut generated
mutants_x__build_followup__mutmut['x__build_followup__mutmut_29'] = x__build_followup__mutmut_29 # type: ignore # mutmut generated
mutants_x__build_followup__mutmut['x__build_followup__mutmut_30'] = x__build_followup__mutmut_30 # type: ignore # mutmut generated
mutants_x__build_followup__mutmut['x__build_followup__mutmut_31'] = x__build_followup__mutmut_31 # type: ignore # mutmut generated
mutants_x__build_followup__mutmut['x__build_followup__mutmut_32'] = x__build_followup__mutmut_32 # type: ignore # mutmut generated
mutants_x__build_followup__mutmut['x__build_followup__mutmut_33'] = x__build_followup__mutmut_33 # type: ignore # mutmut generated
mutants_x__build_followup__mutmut['x__build_followup__mutmut_34'] = x__build_followup__mutmut_34 # type: ignore # mutmut generated
mutants_x__build_followup__mutmut['x__build_followup__mutmut_35'] = x__build_followup__mutmut_35 # type: ignore # mutmut generated
mutants_x__build_followup__mutmut['x__build_followup__mutmut_36'] = x__build_followup__mutmut_36 # type: ignore # mutmut generated
mutants_x__build_followup__mutmut['x__build_followup__mutmut_37'] = x__build_followup__mutmut_37 # type: ignore # mutmut generated
mutants_x__build_followup__mutmut['x__build_followup__mutmut_38'] = x__build_followup__mutmut_38 # type: ignore # mutmut generated
mutants_x__build_followup__mutmut['x__build_followup__mutmut_39'] = x__build_followup__mutmut_39 # type: ignore # mutmut generated
mutants_x__build_followup__mutmut['x__build_followup__mutmut_40'] = x__build_followup__mutmut_40 # type: ignore # mutmut generated
mutants_x__build_followup__mutmut['x__build_followup__mutmut_41'] = x__build_followup__mutmut_41 # type: ignore # mutmut generated
mutants_x__build_followup__mutmut['x__build_followup__mutmut_42'] = x__build_followup__mutmut_42 # type: ignore # mutmut generated
mutants_x__build_followup__mutmut['x__build_followup__mutmut_43'] = x__build_followup__mutmut_43 # type: ignore # mutmut generated
mutants_x__build_followup__mutmut['x__build_followup__mutmut_44'] = x__build_followup__mutmut_44 # type: ignore # mutmut generated
mutants_x__build_followup__mutmut['x__build_followup__mutmut_45'] = x__build_followup__mutmut_45 # type: ignore # mutmut generated
mutants_x__build_followup__mutmut['x__build_followup__mutmut_46'] = x__build_followup__mutmut_46 # type: ignore # mutmut generated
mutants_x__build_followup__mutmut['x__build_followup__mutmut_47'] = x__build_followup__mutmut_47 # type: ignore # mutmut generated
mutants_x__build_followup__mutmut['x__build_followup__mutmut_48'] = x__build_followup__mutmut_48 # type: ignore # mutmut generated
mutants_x__build_followup__mutmut['x__build_followup__mutmut_49'] = x__build_followup__mutmut_49 # type: ignore # mutmut generated
mutants_x__build_followup__mutmut['x__build_followup__mutmut_50'] = x__build_followup__mutmut_50 # type: ignore # mutmut generated
mutants_x__build_followup__mutmut['x__build_followup__mutmut_51'] = x__build_followup__mutmut_51 # type: ignore # mutmut generated
mutants_x__build_followup__mutmut['x__build_followup__mutmut_52'] = x__build_followup__mutmut_52 # type: ignore # mutmut generated
mutants_x__build_followup__mutmut['x__build_followup__mutmut_53'] = x__build_followup__mutmut_53 # type: ignore # mutmut generated
mutants_x__build_followup__mutmut['x__build_followup__mutmut_54'] = x__build_followup__mutmut_54 # type: ignore # mutmut generated
mutants_x__build_followup__mutmut['x__build_followup__mutmut_55'] = x__build_followup__mutmut_55 # type: ignore # mutmut generated
mutants_x__build_followup__mutmut['x__build_followup__mutmut_56'] = x__build_followup__mutmut_56 # type: ignore # mutmut generated
mutants_x__build_followup__mutmut['x__build_followup__mutmut_57'] = x__build_followup__mutmut_57 # type: ignore # mutmut generated
mutants_x__build_followup__mutmut['x__build_followup__mutmut_58'] = x__build_followup__mutmut_58 # type: ignore # mutmut generated
mutants_x__build_followup__mutmut['x__build_followup__mutmut_59'] = x__build_followup__mutmut_59 # type: ignore # mutmut generated
mutants_x__build_followup__mutmut['x__build_followup__mutmut_60'] = x__build_followup__mutmut_60 # type: ignore # mutmut generated
mutants_x__build_followup__mutmut['x__build_followup__mutmut_61'] = x__build_followup__mutmut_61 # type: ignore # mutmut generated
mutants_x__build_followup__mutmut['x__build_followup__mutmut_62'] = x__build_followup__mutmut_62 # type: ignore # mutmut generated
mutants_x__build_followup__mutmut['x__build_followup__mutmut_63'] = x__build_followup__mutmut_63 # type: ignore # mutmut generated
mutants_x__build_followup__mutmut['x__build_followup__mutmut_64'] = x__build_followup__mutmut_64 # type: ignore # mutmut generated
mutants_x__build_followup__mutmut['x__build_followup__mutmut_65'] = x__build_followup__mutmut_65 # type: ignore # mutmut generated
mutants_x__build_followup__mutmut['x__build_followup__mutmut_66'] = x__build_followup__mutmut_66 # type: ignore # mutmut generated
mutants_x__build_followup__mutmut['x__build_followup__mutmut_67'] = x__build_followup__mutmut_67 # type: ignore # mutmut generated
mutants_x__build_followup__mutmut['x__build_followup__mutmut_68'] = x__build_followup__mutmut_68 # type: ignore # mutmut generated
mutants_x__build_followup__mutmut['x__build_followup__mutmut_69'] = x__build_followup__mutmut_69 # type: ignore # mutmut generated
mutants_x__build_followup__mutmut['x__build_followup__mutmut_70'] = x__build_followup__mutmut_70 # type: ignore # mutmut generated
mutants_x__build_followup__mutmut['x__build_followup__mutmut_71'] = x__build_followup__mutmut_71 # type: ignore # mutmut generated
mutants_x__build_followup__mutmut['x__build_followup__mutmut_72'] = x__build_followup__mutmut_72 # type: ignore # mutmut generated
mutants_x__build_followup__mutmut['x__build_followup__mutmut_73'] = x__build_followup__mutmut_73 # type: ignore # mutmut generated
mutants_x__build_followup__mutmut['x__build_followup__mutmut_74'] = x__build_followup__mutmut_74 # type: ignore # mutmut generated
mutants_x__build_followup__mutmut['x__build_followup__mutmut_75'] = x__build_followup__mutmut_75 # type: ignore # mutmut generated
mutants_x__build_followup__mutmut['x__build_followup__mutmut_76'] = x__build_followup__mutmut_76 # type: ignore # mutmut generated
mutants_x__build_followup__mutmut['x__build_followup__mutmut_77'] = x__build_followup__mutmut_77 # type: ignore # mutmut generated
mutants_x__build_followup__mutmut['x__build_followup__mutmut_78'] = x__build_followup__mutmut_78 # type: ignore # mutmut generated
mutants_x__build_followup__mutmut['x__build_followup__mutmut_79'] = x__build_followup__mutmut_79 # type: ignore # mutmut generated
mutants_x__build_followup__mutmut['x__build_followup__mutmut_80'] = x__build_followup__mutmut_80 # type: ignore # mutmut generated
mutants_x__build_followup__mutmut['x__build_followup__mutmut_81'] = x__build_followup__mutmut_81 # type: ignore # mutmut generated
mutants_x__build_followup__mutmut['x__build_followup__mutmut_82'] = x__build_followup__mutmut_82 # type: ignore # mutmut generated
mutants_x__build_followup__mutmut['x__build_followup__mutmut_83'] = x__build_followup__mutmut_83 # type: ignore # mutmut generated
mutants_x__build_followup__mutmut['x__build_followup__mutmut_84'] = x__build_followup__mutmut_84 # type: ignore # mutmut generated
mutants_x__build_followup__mutmut['x__build_followup__mutmut_85'] = x__build_followup__mutmut_85 # type: ignore # mutmut generated
mutants_x__build_followup__mutmut['x__build_followup__mutmut_86'] = x__build_followup__mutmut_86 # type: ignore # mutmut generated
mutants_x__build_followup__mutmut['x__build_followup__mutmut_87'] = x__build_followup__mutmut_87 # type: ignore # mutmut generated
mutants_x__build_followup__mutmut['x__build_followup__mutmut_88'] = x__build_followup__mutmut_88 # type: ignore # mutmut generated
mutants_x__build_followup__mutmut['x__build_followup__mutmut_89'] = x__build_followup__mutmut_89 # type: ignore # mutmut generated
mutants_x__build_followup__mutmut['x__build_followup__mutmut_90'] = x__build_followup__mutmut_90 # type: ignore # mutmut generated
mutants_x__build_followup__mutmut['x__build_followup__mutmut_91'] = x__build_followup__mutmut_91 # type: ignore # mutmut generated
mutants_x__build_followup__mutmut['x__build_followup__mutmut_92'] = x__build_followup__mutmut_92 # type: ignore # mutmut generated
mutants_x__build_followup__mutmut['x__build_followup__mutmut_93'] = x__build_followup__mutmut_93 # type: ignore # mutmut generated
mutants_x__build_followup__mutmut['x__build_followup__mutmut_94'] = x__build_followup__mutmut_94 # type: ignore # mutmut generated
mutants_x__build_followup__mutmut['x__build_followup__mutmut_95'] = x__build_followup__mutmut_95 # type: ignore # mutmut generated
mutants_x__build_followup__mutmut['x__build_followup__mutmut_96'] = x__build_followup__mutmut_96 # type: ignore # mutmut generated
mutants_x__build_followup__mutmut['x__build_followup__mutmut_97'] = x__build_followup__mutmut_97 # type: ignore # mutmut generated
mutants_x__build_followup__mutmut['x__build_followup__mutmut_98'] = x__build_followup__mutmut_98 # type: ignore # mutmut generated
mutants_x__build_followup__mutmut['x__build_followup__mutmut_99'] = x__build_followup__mutmut_99 # type: ignore # mutmut generated
mutants_x__build_followup__mutmut['x__build_followup__mutmut_100'] = x__build_followup__mutmut_100 # type: ignore # mutmut generated
mutants_x__build_appointment__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__build_appointment__mutmut)
def _build_appointment(run: _Run, table: TableMapping, values: dict[str, Any]) -> Appointment:
    _check_optional_refs(run, values)
    appointment = Appointment(version=1, **values)
    run.unique(run.appointments, "number", appointment.number)
    return appointment


def x__build_appointment__mutmut_orig(run: _Run, table: TableMapping, values: dict[str, Any]) -> Appointment:
    _check_optional_refs(run, values)
    appointment = Appointment(version=1, **values)
    run.unique(run.appointments, "number", appointment.number)
    return appointment


def x__build_appointment__mutmut_1(run: _Run, table: TableMapping, values: dict[str, Any]) -> Appointment:
    _check_optional_refs(None, values)
    appointment = Appointment(version=1, **values)
    run.unique(run.appointments, "number", appointment.number)
    return appointment


def x__build_appointment__mutmut_2(run: _Run, table: TableMapping, values: dict[str, Any]) -> Appointment:
    _check_optional_refs(run, None)
    appointment = Appointment(version=1, **values)
    run.unique(run.appointments, "number", appointment.number)
    return appointment


def x__build_appointment__mutmut_3(run: _Run, table: TableMapping, values: dict[str, Any]) -> Appointment:
    _check_optional_refs(values)
    appointment = Appointment(version=1, **values)
    run.unique(run.appointments, "number", appointment.number)
    return appointment


def x__build_appointment__mutmut_4(run: _Run, table: TableMapping, values: dict[str, Any]) -> Appointment:
    _check_optional_refs(run, )
    appointment = Appointment(version=1, **values)
    run.unique(run.appointments, "number", appointment.number)
    return appointment


def x__build_appointment__mutmut_5(run: _Run, table: TableMapping, values: dict[str, Any]) -> Appointment:
    _check_optional_refs(run, values)
    appointment = None
    run.unique(run.appointments, "number", appointment.number)
    return appointment


def x__build_appointment__mutmut_6(run: _Run, table: TableMapping, values: dict[str, Any]) -> Appointment:
    _check_optional_refs(run, values)
    appointment = Appointment(version=None, **values)
    run.unique(run.appointments, "number", appointment.number)
    return appointment


def x__build_appointment__mutmut_7(run: _Run, table: TableMapping, values: dict[str, Any]) -> Appointment:
    _check_optional_refs(run, values)
    appointment = Appointment(**values)
    run.unique(run.appointments, "number", appointment.number)
    return appointment


def x__build_appointment__mutmut_8(run: _Run, table: TableMapping, values: dict[str, Any]) -> Appointment:
    _check_optional_refs(run, values)
    appointment = Appointment(version=1, )
    run.unique(run.appointments, "number", appointment.number)
    return appointment


def x__build_appointment__mutmut_9(run: _Run, table: TableMapping, values: dict[str, Any]) -> Appointment:
    _check_optional_refs(run, values)
    appointment = Appointment(version=2, **values)
    run.unique(run.appointments, "number", appointment.number)
    return appointment


def x__build_appointment__mutmut_10(run: _Run, table: TableMapping, values: dict[str, Any]) -> Appointment:
    _check_optional_refs(run, values)
    appointment = Appointment(version=1, **values)
    run.unique(None, "number", appointment.number)
    return appointment


def x__build_appointment__mutmut_11(run: _Run, table: TableMapping, values: dict[str, Any]) -> Appointment:
    _check_optional_refs(run, values)
    appointment = Appointment(version=1, **values)
    run.unique(run.appointments, None, appointment.number)
    return appointment


def x__build_appointment__mutmut_12(run: _Run, table: TableMapping, values: dict[str, Any]) -> Appointment:
    _check_optional_refs(run, values)
    appointment = Appointment(version=1, **values)
    run.unique(run.appointments, "number", None)
    return appointment


def x__build_appointment__mutmut_13(run: _Run, table: TableMapping, values: dict[str, Any]) -> Appointment:
    _check_optional_refs(run, values)
    appointment = Appointment(version=1, **values)
    run.unique("number", appointment.number)
    return appointment


def x__build_appointment__mutmut_14(run: _Run, table: TableMapping, values: dict[str, Any]) -> Appointment:
    _check_optional_refs(run, values)
    appointment = Appointment(version=1, **values)
    run.unique(run.appointments, appointment.number)
    return appointment


def x__build_appointment__mutmut_15(run: _Run, table: TableMapping, values: dict[str, Any]) -> Appointment:
    _check_optional_refs(run, values)
    appointment = Appointment(version=1, **values)
    run.unique(run.appointments, "number", )
    return appointment


def x__build_appointment__mutmut_16(run: _Run, table: TableMapping, values: dict[str, Any]) -> Appointment:
    _check_optional_refs(run, values)
    appointment = Appointment(version=1, **values)
    run.unique(run.appointments, "XXnumberXX", appointment.number)
    return appointment


def x__build_appointment__mutmut_17(run: _Run, table: TableMapping, values: dict[str, Any]) -> Appointment:
    _check_optional_refs(run, values)
    appointment = Appointment(version=1, **values)
    run.unique(run.appointments, "NUMBER", appointment.number)
    return appointment

mutants_x__build_appointment__mutmut['_mutmut_orig'] = x__build_appointment__mutmut_orig # type: ignore # mutmut generated
mutants_x__build_appointment__mutmut['x__build_appointment__mutmut_1'] = x__build_appointment__mutmut_1 # type: ignore # mutmut generated
mutants_x__build_appointment__mutmut['x__build_appointment__mutmut_2'] = x__build_appointment__mutmut_2 # type: ignore # mutmut generated
mutants_x__build_appointment__mutmut['x__build_appointment__mutmut_3'] = x__build_appointment__mutmut_3 # type: ignore # mutmut generated
mutants_x__build_appointment__mutmut['x__build_appointment__mutmut_4'] = x__build_appointment__mutmut_4 # type: ignore # mutmut generated
mutants_x__build_appointment__mutmut['x__build_appointment__mutmut_5'] = x__build_appointment__mutmut_5 # type: ignore # mutmut generated
mutants_x__build_appointment__mutmut['x__build_appointment__mutmut_6'] = x__build_appointment__mutmut_6 # type: ignore # mutmut generated
mutants_x__build_appointment__mutmut['x__build_appointment__mutmut_7'] = x__build_appointment__mutmut_7 # type: ignore # mutmut generated
mutants_x__build_appointment__mutmut['x__build_appointment__mutmut_8'] = x__build_appointment__mutmut_8 # type: ignore # mutmut generated
mutants_x__build_appointment__mutmut['x__build_appointment__mutmut_9'] = x__build_appointment__mutmut_9 # type: ignore # mutmut generated
mutants_x__build_appointment__mutmut['x__build_appointment__mutmut_10'] = x__build_appointment__mutmut_10 # type: ignore # mutmut generated
mutants_x__build_appointment__mutmut['x__build_appointment__mutmut_11'] = x__build_appointment__mutmut_11 # type: ignore # mutmut generated
mutants_x__build_appointment__mutmut['x__build_appointment__mutmut_12'] = x__build_appointment__mutmut_12 # type: ignore # mutmut generated
mutants_x__build_appointment__mutmut['x__build_appointment__mutmut_13'] = x__build_appointment__mutmut_13 # type: ignore # mutmut generated
mutants_x__build_appointment__mutmut['x__build_appointment__mutmut_14'] = x__build_appointment__mutmut_14 # type: ignore # mutmut generated
mutants_x__build_appointment__mutmut['x__build_appointment__mutmut_15'] = x__build_appointment__mutmut_15 # type: ignore # mutmut generated
mutants_x__build_appointment__mutmut['x__build_appointment__mutmut_16'] = x__build_appointment__mutmut_16 # type: ignore # mutmut generated
mutants_x__build_appointment__mutmut['x__build_appointment__mutmut_17'] = x__build_appointment__mutmut_17 # type: ignore # mutmut generated


_Builder = Callable[[_Run, TableMapping, dict[str, Any]], Any]
_BUILDERS: Mapping[str, _Builder] = {
    "customers": _build_customer,
    "vehicles": _build_vehicle,
    "readings": _build_reading,
    "work_order_lines": _build_line,
    "work_orders": _build_work_order,
    "complaints": _build_complaint,
    "followups": _build_followup,
    "appointments": _build_appointment,
}


@attrs.frozen
class _Planned:
    table: TableMapping
    source: TableSource
mutants_x_plan_import__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_plan_import__mutmut)
def plan_import(paths: Iterable[str | Path], mapping: ImportMapping) -> list[tuple[str, Path]]:
    """Match each file to its table, check the headers, and return the reading order.

    Raises:
        MappingError: a file matches no table of the mapping, cannot be opened as a
            table, or lacks a column the mapping names (``field`` is the key path).

    Examples:
        >>> import os, tempfile
        >>> from autocrm.adapters.tables.mapping import mapping_from_dict
        >>> m = mapping_from_dict({"readings": {"files": ["km*.csv"],
        ...     "columns": {"vin": "VIN", "on": "日期", "km": "里程"}}})
        >>> with tempfile.TemporaryDirectory() as d:
        ...     p = os.path.join(d, "km2025.csv")
        ...     _ = open(p, "w", encoding="utf-8").write("VIN,日期\\n")
        ...     plan_import([p], m)
        Traceback (most recent call last):
        ...
        autocrm.adapters.tables.mapping.MappingError: readings.columns.km: km2025.csv has no ...
    """
    return [(p.table.name, p.source.path) for p in _plan(paths, mapping)]


def x_plan_import__mutmut_orig(paths: Iterable[str | Path], mapping: ImportMapping) -> list[tuple[str, Path]]:
    """Match each file to its table, check the headers, and return the reading order.

    Raises:
        MappingError: a file matches no table of the mapping, cannot be opened as a
            table, or lacks a column the mapping names (``field`` is the key path).

    Examples:
        >>> import os, tempfile
        >>> from autocrm.adapters.tables.mapping import mapping_from_dict
        >>> m = mapping_from_dict({"readings": {"files": ["km*.csv"],
        ...     "columns": {"vin": "VIN", "on": "日期", "km": "里程"}}})
        >>> with tempfile.TemporaryDirectory() as d:
        ...     p = os.path.join(d, "km2025.csv")
        ...     _ = open(p, "w", encoding="utf-8").write("VIN,日期\\n")
        ...     plan_import([p], m)
        Traceback (most recent call last):
        ...
        autocrm.adapters.tables.mapping.MappingError: readings.columns.km: km2025.csv has no ...
    """
    return [(p.table.name, p.source.path) for p in _plan(paths, mapping)]


def x_plan_import__mutmut_1(paths: Iterable[str | Path], mapping: ImportMapping) -> list[tuple[str, Path]]:
    """Match each file to its table, check the headers, and return the reading order.

    Raises:
        MappingError: a file matches no table of the mapping, cannot be opened as a
            table, or lacks a column the mapping names (``field`` is the key path).

    Examples:
        >>> import os, tempfile
        >>> from autocrm.adapters.tables.mapping import mapping_from_dict
        >>> m = mapping_from_dict({"readings": {"files": ["km*.csv"],
        ...     "columns": {"vin": "VIN", "on": "日期", "km": "里程"}}})
        >>> with tempfile.TemporaryDirectory() as d:
        ...     p = os.path.join(d, "km2025.csv")
        ...     _ = open(p, "w", encoding="utf-8").write("VIN,日期\\n")
        ...     plan_import([p], m)
        Traceback (most recent call last):
        ...
        autocrm.adapters.tables.mapping.MappingError: readings.columns.km: km2025.csv has no ...
    """
    return [(p.table.name, p.source.path) for p in _plan(None, mapping)]


def x_plan_import__mutmut_2(paths: Iterable[str | Path], mapping: ImportMapping) -> list[tuple[str, Path]]:
    """Match each file to its table, check the headers, and return the reading order.

    Raises:
        MappingError: a file matches no table of the mapping, cannot be opened as a
            table, or lacks a column the mapping names (``field`` is the key path).

    Examples:
        >>> import os, tempfile
        >>> from autocrm.adapters.tables.mapping import mapping_from_dict
        >>> m = mapping_from_dict({"readings": {"files": ["km*.csv"],
        ...     "columns": {"vin": "VIN", "on": "日期", "km": "里程"}}})
        >>> with tempfile.TemporaryDirectory() as d:
        ...     p = os.path.join(d, "km2025.csv")
        ...     _ = open(p, "w", encoding="utf-8").write("VIN,日期\\n")
        ...     plan_import([p], m)
        Traceback (most recent call last):
        ...
        autocrm.adapters.tables.mapping.MappingError: readings.columns.km: km2025.csv has no ...
    """
    return [(p.table.name, p.source.path) for p in _plan(paths, None)]


def x_plan_import__mutmut_3(paths: Iterable[str | Path], mapping: ImportMapping) -> list[tuple[str, Path]]:
    """Match each file to its table, check the headers, and return the reading order.

    Raises:
        MappingError: a file matches no table of the mapping, cannot be opened as a
            table, or lacks a column the mapping names (``field`` is the key path).

    Examples:
        >>> import os, tempfile
        >>> from autocrm.adapters.tables.mapping import mapping_from_dict
        >>> m = mapping_from_dict({"readings": {"files": ["km*.csv"],
        ...     "columns": {"vin": "VIN", "on": "日期", "km": "里程"}}})
        >>> with tempfile.TemporaryDirectory() as d:
        ...     p = os.path.join(d, "km2025.csv")
        ...     _ = open(p, "w", encoding="utf-8").write("VIN,日期\\n")
        ...     plan_import([p], m)
        Traceback (most recent call last):
        ...
        autocrm.adapters.tables.mapping.MappingError: readings.columns.km: km2025.csv has no ...
    """
    return [(p.table.name, p.source.path) for p in _plan(mapping)]


def x_plan_import__mutmut_4(paths: Iterable[str | Path], mapping: ImportMapping) -> list[tuple[str, Path]]:
    """Match each file to its table, check the headers, and return the reading order.

    Raises:
        MappingError: a file matches no table of the mapping, cannot be opened as a
            table, or lacks a column the mapping names (``field`` is the key path).

    Examples:
        >>> import os, tempfile
        >>> from autocrm.adapters.tables.mapping import mapping_from_dict
        >>> m = mapping_from_dict({"readings": {"files": ["km*.csv"],
        ...     "columns": {"vin": "VIN", "on": "日期", "km": "里程"}}})
        >>> with tempfile.TemporaryDirectory() as d:
        ...     p = os.path.join(d, "km2025.csv")
        ...     _ = open(p, "w", encoding="utf-8").write("VIN,日期\\n")
        ...     plan_import([p], m)
        Traceback (most recent call last):
        ...
        autocrm.adapters.tables.mapping.MappingError: readings.columns.km: km2025.csv has no ...
    """
    return [(p.table.name, p.source.path) for p in _plan(paths, )]

mutants_x_plan_import__mutmut['_mutmut_orig'] = x_plan_import__mutmut_orig # type: ignore # mutmut generated
mutants_x_plan_import__mutmut['x_plan_import__mutmut_1'] = x_plan_import__mutmut_1 # type: ignore # mutmut generated
mutants_x_plan_import__mutmut['x_plan_import__mutmut_2'] = x_plan_import__mutmut_2 # type: ignore # mutmut generated
mutants_x_plan_import__mutmut['x_plan_import__mutmut_3'] = x_plan_import__mutmut_3 # type: ignore # mutmut generated
mutants_x_plan_import__mutmut['x_plan_import__mutmut_4'] = x_plan_import__mutmut_4 # type: ignore # mutmut generated
mutants_x__plan__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__plan__mutmut)
def _plan(paths: Iterable[str | Path], mapping: ImportMapping) -> list[_Planned]:
    planned: dict[str, list[_Planned]] = {name: [] for name in TABLE_ORDER}
    for given in paths:
        path = Path(given)
        table = mapping.table_for(path.name)
        if table is None:
            patterns = "; ".join(f"{t.name}: {', '.join(t.files)}" for t in mapping.tables.values())
            msg = f"{path.name}: matches no table of the mapping ({patterns})"
            raise MappingError(msg, field="files", value=str(path))
        source = open_table(path, encoding=table.encoding, sheet=table.sheet)
        header = set(source.columns)
        for field, column in (*table.columns.items(), *table.payer_amounts.items()):
            if column not in header:
                where = "payer_amounts" if field in table.payer_amounts else "columns"
                key = f"{table.name}.{where}.{field}"
                msg = (
                    f"{path.name} has no column {shown(column)}; it has {', '.join(source.columns)}"
                )
                raise MappingError(f"{key}: {msg}", field=key, value=column)
        planned[table.name].append(_Planned(table, source))
    return [item for name in TABLE_ORDER for item in planned[name]]


def x__plan__mutmut_orig(paths: Iterable[str | Path], mapping: ImportMapping) -> list[_Planned]:
    planned: dict[str, list[_Planned]] = {name: [] for name in TABLE_ORDER}
    for given in paths:
        path = Path(given)
        table = mapping.table_for(path.name)
        if table is None:
            patterns = "; ".join(f"{t.name}: {', '.join(t.files)}" for t in mapping.tables.values())
            msg = f"{path.name}: matches no table of the mapping ({patterns})"
            raise MappingError(msg, field="files", value=str(path))
        source = open_table(path, encoding=table.encoding, sheet=table.sheet)
        header = set(source.columns)
        for field, column in (*table.columns.items(), *table.payer_amounts.items()):
            if column not in header:
                where = "payer_amounts" if field in table.payer_amounts else "columns"
                key = f"{table.name}.{where}.{field}"
                msg = (
                    f"{path.name} has no column {shown(column)}; it has {', '.join(source.columns)}"
                )
                raise MappingError(f"{key}: {msg}", field=key, value=column)
        planned[table.name].append(_Planned(table, source))
    return [item for name in TABLE_ORDER for item in planned[name]]


def x__plan__mutmut_1(paths: Iterable[str | Path], mapping: ImportMapping) -> list[_Planned]:
    planned: dict[str, list[_Planned]] = None
    for given in paths:
        path = Path(given)
        table = mapping.table_for(path.name)
        if table is None:
            patterns = "; ".join(f"{t.name}: {', '.join(t.files)}" for t in mapping.tables.values())
            msg = f"{path.name}: matches no table of the mapping ({patterns})"
            raise MappingError(msg, field="files", value=str(path))
        source = open_table(path, encoding=table.encoding, sheet=table.sheet)
        header = set(source.columns)
        for field, column in (*table.columns.items(), *table.payer_amounts.items()):
            if column not in header:
                where = "payer_amounts" if field in table.payer_amounts else "columns"
                key = f"{table.name}.{where}.{field}"
                msg = (
                    f"{path.name} has no column {shown(column)}; it has {', '.join(source.columns)}"
                )
                raise MappingError(f"{key}: {msg}", field=key, value=column)
        planned[table.name].append(_Planned(table, source))
    return [item for name in TABLE_ORDER for item in planned[name]]


def x__plan__mutmut_2(paths: Iterable[str | Path], mapping: ImportMapping) -> list[_Planned]:
    planned: dict[str, list[_Planned]] = {name: [] for name in TABLE_ORDER}
    for given in paths:
        path = None
        table = mapping.table_for(path.name)
        if table is None:
            patterns = "; ".join(f"{t.name}: {', '.join(t.files)}" for t in mapping.tables.values())
            msg = f"{path.name}: matches no table of the mapping ({patterns})"
            raise MappingError(msg, field="files", value=str(path))
        source = open_table(path, encoding=table.encoding, sheet=table.sheet)
        header = set(source.columns)
        for field, column in (*table.columns.items(), *table.payer_amounts.items()):
            if column not in header:
                where = "payer_amounts" if field in table.payer_amounts else "columns"
                key = f"{table.name}.{where}.{field}"
                msg = (
                    f"{path.name} has no column {shown(column)}; it has {', '.join(source.columns)}"
                )
                raise MappingError(f"{key}: {msg}", field=key, value=column)
        planned[table.name].append(_Planned(table, source))
    return [item for name in TABLE_ORDER for item in planned[name]]


def x__plan__mutmut_3(paths: Iterable[str | Path], mapping: ImportMapping) -> list[_Planned]:
    planned: dict[str, list[_Planned]] = {name: [] for name in TABLE_ORDER}
    for given in paths:
        path = Path(None)
        table = mapping.table_for(path.name)
        if table is None:
            patterns = "; ".join(f"{t.name}: {', '.join(t.files)}" for t in mapping.tables.values())
            msg = f"{path.name}: matches no table of the mapping ({patterns})"
            raise MappingError(msg, field="files", value=str(path))
        source = open_table(path, encoding=table.encoding, sheet=table.sheet)
        header = set(source.columns)
        for field, column in (*table.columns.items(), *table.payer_amounts.items()):
            if column not in header:
                where = "payer_amounts" if field in table.payer_amounts else "columns"
                key = f"{table.name}.{where}.{field}"
                msg = (
                    f"{path.name} has no column {shown(column)}; it has {', '.join(source.columns)}"
                )
                raise MappingError(f"{key}: {msg}", field=key, value=column)
        planned[table.name].append(_Planned(table, source))
    return [item for name in TABLE_ORDER for item in planned[name]]


def x__plan__mutmut_4(paths: Iterable[str | Path], mapping: ImportMapping) -> list[_Planned]:
    planned: dict[str, list[_Planned]] = {name: [] for name in TABLE_ORDER}
    for given in paths:
        path = Path(given)
        table = None
        if table is None:
            patterns = "; ".join(f"{t.name}: {', '.join(t.files)}" for t in mapping.tables.values())
            msg = f"{path.name}: matches no table of the mapping ({patterns})"
            raise MappingError(msg, field="files", value=str(path))
        source = open_table(path, encoding=table.encoding, sheet=table.sheet)
        header = set(source.columns)
        for field, column in (*table.columns.items(), *table.payer_amounts.items()):
            if column not in header:
                where = "payer_amounts" if field in table.payer_amounts else "columns"
                key = f"{table.name}.{where}.{field}"
                msg = (
                    f"{path.name} has no column {shown(column)}; it has {', '.join(source.columns)}"
                )
                raise MappingError(f"{key}: {msg}", field=key, value=column)
        planned[table.name].append(_Planned(table, source))
    return [item for name in TABLE_ORDER for item in planned[name]]


def x__plan__mutmut_5(paths: Iterable[str | Path], mapping: ImportMapping) -> list[_Planned]:
    planned: dict[str, list[_Planned]] = {name: [] for name in TABLE_ORDER}
    for given in paths:
        path = Path(given)
        table = mapping.table_for(None)
        if table is None:
            patterns = "; ".join(f"{t.name}: {', '.join(t.files)}" for t in mapping.tables.values())
            msg = f"{path.name}: matches no table of the mapping ({patterns})"
            raise MappingError(msg, field="files", value=str(path))
        source = open_table(path, encoding=table.encoding, sheet=table.sheet)
        header = set(source.columns)
        for field, column in (*table.columns.items(), *table.payer_amounts.items()):
            if column not in header:
                where = "payer_amounts" if field in table.payer_amounts else "columns"
                key = f"{table.name}.{where}.{field}"
                msg = (
                    f"{path.name} has no column {shown(column)}; it has {', '.join(source.columns)}"
                )
                raise MappingError(f"{key}: {msg}", field=key, value=column)
        planned[table.name].append(_Planned(table, source))
    return [item for name in TABLE_ORDER for item in planned[name]]


def x__plan__mutmut_6(paths: Iterable[str | Path], mapping: ImportMapping) -> list[_Planned]:
    planned: dict[str, list[_Planned]] = {name: [] for name in TABLE_ORDER}
    for given in paths:
        path = Path(given)
        table = mapping.table_for(path.name)
        if table is not None:
            patterns = "; ".join(f"{t.name}: {', '.join(t.files)}" for t in mapping.tables.values())
            msg = f"{path.name}: matches no table of the mapping ({patterns})"
            raise MappingError(msg, field="files", value=str(path))
        source = open_table(path, encoding=table.encoding, sheet=table.sheet)
        header = set(source.columns)
        for field, column in (*table.columns.items(), *table.payer_amounts.items()):
            if column not in header:
                where = "payer_amounts" if field in table.payer_amounts else "columns"
                key = f"{table.name}.{where}.{field}"
                msg = (
                    f"{path.name} has no column {shown(column)}; it has {', '.join(source.columns)}"
                )
                raise MappingError(f"{key}: {msg}", field=key, value=column)
        planned[table.name].append(_Planned(table, source))
    return [item for name in TABLE_ORDER for item in planned[name]]


def x__plan__mutmut_7(paths: Iterable[str | Path], mapping: ImportMapping) -> list[_Planned]:
    planned: dict[str, list[_Planned]] = {name: [] for name in TABLE_ORDER}
    for given in paths:
        path = Path(given)
        table = mapping.table_for(path.name)
        if table is None:
            patterns = None
            msg = f"{path.name}: matches no table of the mapping ({patterns})"
            raise MappingError(msg, field="files", value=str(path))
        source = open_table(path, encoding=table.encoding, sheet=table.sheet)
        header = set(source.columns)
        for field, column in (*table.columns.items(), *table.payer_amounts.items()):
            if column not in header:
                where = "payer_amounts" if field in table.payer_amounts else "columns"
                key = f"{table.name}.{where}.{field}"
                msg = (
                    f"{path.name} has no column {shown(column)}; it has {', '.join(source.columns)}"
                )
                raise MappingError(f"{key}: {msg}", field=key, value=column)
        planned[table.name].append(_Planned(table, source))
    return [item for name in TABLE_ORDER for item in planned[name]]


def x__plan__mutmut_8(paths: Iterable[str | Path], mapping: ImportMapping) -> list[_Planned]:
    planned: dict[str, list[_Planned]] = {name: [] for name in TABLE_ORDER}
    for given in paths:
        path = Path(given)
        table = mapping.table_for(path.name)
        if table is None:
            patterns = "; ".join(None)
            msg = f"{path.name}: matches no table of the mapping ({patterns})"
            raise MappingError(msg, field="files", value=str(path))
        source = open_table(path, encoding=table.encoding, sheet=table.sheet)
        header = set(source.columns)
        for field, column in (*table.columns.items(), *table.payer_amounts.items()):
            if column not in header:
                where = "payer_amounts" if field in table.payer_amounts else "columns"
                key = f"{table.name}.{where}.{field}"
                msg = (
                    f"{path.name} has no column {shown(column)}; it has {', '.join(source.columns)}"
                )
                raise MappingError(f"{key}: {msg}", field=key, value=column)
        planned[table.name].append(_Planned(table, source))
    return [item for name in TABLE_ORDER for item in planned[name]]


def x__plan__mutmut_9(paths: Iterable[str | Path], mapping: ImportMapping) -> list[_Planned]:
    planned: dict[str, list[_Planned]] = {name: [] for name in TABLE_ORDER}
    for given in paths:
        path = Path(given)
        table = mapping.table_for(path.name)
        if table is None:
            patterns = "XX; XX".join(f"{t.name}: {', '.join(t.files)}" for t in mapping.tables.values())
            msg = f"{path.name}: matches no table of the mapping ({patterns})"
            raise MappingError(msg, field="files", value=str(path))
        source = open_table(path, encoding=table.encoding, sheet=table.sheet)
        header = set(source.columns)
        for field, column in (*table.columns.items(), *table.payer_amounts.items()):
            if column not in header:
                where = "payer_amounts" if field in table.payer_amounts else "columns"
                key = f"{table.name}.{where}.{field}"
                msg = (
                    f"{path.name} has no column {shown(column)}; it has {', '.join(source.columns)}"
                )
                raise MappingError(f"{key}: {msg}", field=key, value=column)
        planned[table.name].append(_Planned(table, source))
    return [item for name in TABLE_ORDER for item in planned[name]]


def x__plan__mutmut_10(paths: Iterable[str | Path], mapping: ImportMapping) -> list[_Planned]:
    planned: dict[str, list[_Planned]] = {name: [] for name in TABLE_ORDER}
    for given in paths:
        path = Path(given)
        table = mapping.table_for(path.name)
        if table is None:
            patterns = "; ".join(f"{t.name}: {', '.join(None)}" for t in mapping.tables.values())
            msg = f"{path.name}: matches no table of the mapping ({patterns})"
            raise MappingError(msg, field="files", value=str(path))
        source = open_table(path, encoding=table.encoding, sheet=table.sheet)
        header = set(source.columns)
        for field, column in (*table.columns.items(), *table.payer_amounts.items()):
            if column not in header:
                where = "payer_amounts" if field in table.payer_amounts else "columns"
                key = f"{table.name}.{where}.{field}"
                msg = (
                    f"{path.name} has no column {shown(column)}; it has {', '.join(source.columns)}"
                )
                raise MappingError(f"{key}: {msg}", field=key, value=column)
        planned[table.name].append(_Planned(table, source))
    return [item for name in TABLE_ORDER for item in planned[name]]


def x__plan__mutmut_11(paths: Iterable[str | Path], mapping: ImportMapping) -> list[_Planned]:
    planned: dict[str, list[_Planned]] = {name: [] for name in TABLE_ORDER}
    for given in paths:
        path = Path(given)
        table = mapping.table_for(path.name)
        if table is None:
            patterns = "; ".join(f"{t.name}: {'XX, XX'.join(t.files)}" for t in mapping.tables.values())
            msg = f"{path.name}: matches no table of the mapping ({patterns})"
            raise MappingError(msg, field="files", value=str(path))
        source = open_table(path, encoding=table.encoding, sheet=table.sheet)
        header = set(source.columns)
        for field, column in (*table.columns.items(), *table.payer_amounts.items()):
            if column not in header:
                where = "payer_amounts" if field in table.payer_amounts else "columns"
                key = f"{table.name}.{where}.{field}"
                msg = (
                    f"{path.name} has no column {shown(column)}; it has {', '.join(source.columns)}"
                )
                raise MappingError(f"{key}: {msg}", field=key, value=column)
        planned[table.name].append(_Planned(table, source))
    return [item for name in TABLE_ORDER for item in planned[name]]


def x__plan__mutmut_12(paths: Iterable[str | Path], mapping: ImportMapping) -> list[_Planned]:
    planned: dict[str, list[_Planned]] = {name: [] for name in TABLE_ORDER}
    for given in paths:
        path = Path(given)
        table = mapping.table_for(path.name)
        if table is None:
            patterns = "; ".join(f"{t.name}: {', '.join(t.files)}" for t in mapping.tables.values())
            msg = None
            raise MappingError(msg, field="files", value=str(path))
        source = open_table(path, encoding=table.encoding, sheet=table.sheet)
        header = set(source.columns)
        for field, column in (*table.columns.items(), *table.payer_amounts.items()):
            if column not in header:
                where = "payer_amounts" if field in table.payer_amounts else "columns"
                key = f"{table.name}.{where}.{field}"
                msg = (
                    f"{path.name} has no column {shown(column)}; it has {', '.join(source.columns)}"
                )
                raise MappingError(f"{key}: {msg}", field=key, value=column)
        planned[table.name].append(_Planned(table, source))
    return [item for name in TABLE_ORDER for item in planned[name]]


def x__plan__mutmut_13(paths: Iterable[str | Path], mapping: ImportMapping) -> list[_Planned]:
    planned: dict[str, list[_Planned]] = {name: [] for name in TABLE_ORDER}
    for given in paths:
        path = Path(given)
        table = mapping.table_for(path.name)
        if table is None:
            patterns = "; ".join(f"{t.name}: {', '.join(t.files)}" for t in mapping.tables.values())
            msg = f"{path.name}: matches no table of the mapping ({patterns})"
            raise MappingError(None, field="files", value=str(path))
        source = open_table(path, encoding=table.encoding, sheet=table.sheet)
        header = set(source.columns)
        for field, column in (*table.columns.items(), *table.payer_amounts.items()):
            if column not in header:
                where = "payer_amounts" if field in table.payer_amounts else "columns"
                key = f"{table.name}.{where}.{field}"
                msg = (
                    f"{path.name} has no column {shown(column)}; it has {', '.join(source.columns)}"
                )
                raise MappingError(f"{key}: {msg}", field=key, value=column)
        planned[table.name].append(_Planned(table, source))
    return [item for name in TABLE_ORDER for item in planned[name]]


def x__plan__mutmut_14(paths: Iterable[str | Path], mapping: ImportMapping) -> list[_Planned]:
    planned: dict[str, list[_Planned]] = {name: [] for name in TABLE_ORDER}
    for given in paths:
        path = Path(given)
        table = mapping.table_for(path.name)
        if table is None:
            patterns = "; ".join(f"{t.name}: {', '.join(t.files)}" for t in mapping.tables.values())
            msg = f"{path.name}: matches no table of the mapping ({patterns})"
            raise MappingError(msg, field=None, value=str(path))
        source = open_table(path, encoding=table.encoding, sheet=table.sheet)
        header = set(source.columns)
        for field, column in (*table.columns.items(), *table.payer_amounts.items()):
            if column not in header:
                where = "payer_amounts" if field in table.payer_amounts else "columns"
                key = f"{table.name}.{where}.{field}"
                msg = (
                    f"{path.name} has no column {shown(column)}; it has {', '.join(source.columns)}"
                )
                raise MappingError(f"{key}: {msg}", field=key, value=column)
        planned[table.name].append(_Planned(table, source))
    return [item for name in TABLE_ORDER for item in planned[name]]


def x__plan__mutmut_15(paths: Iterable[str | Path], mapping: ImportMapping) -> list[_Planned]:
    planned: dict[str, list[_Planned]] = {name: [] for name in TABLE_ORDER}
    for given in paths:
        path = Path(given)
        table = mapping.table_for(path.name)
        if table is None:
            patterns = "; ".join(f"{t.name}: {', '.join(t.files)}" for t in mapping.tables.values())
            msg = f"{path.name}: matches no table of the mapping ({patterns})"
            raise MappingError(msg, field="files", value=None)
        source = open_table(path, encoding=table.encoding, sheet=table.sheet)
        header = set(source.columns)
        for field, column in (*table.columns.items(), *table.payer_amounts.items()):
            if column not in header:
                where = "payer_amounts" if field in table.payer_amounts else "columns"
                key = f"{table.name}.{where}.{field}"
                msg = (
                    f"{path.name} has no column {shown(column)}; it has {', '.join(source.columns)}"
                )
                raise MappingError(f"{key}: {msg}", field=key, value=column)
        planned[table.name].append(_Planned(table, source))
    return [item for name in TABLE_ORDER for item in planned[name]]


def x__plan__mutmut_16(paths: Iterable[str | Path], mapping: ImportMapping) -> list[_Planned]:
    planned: dict[str, list[_Planned]] = {name: [] for name in TABLE_ORDER}
    for given in paths:
        path = Path(given)
        table = mapping.table_for(path.name)
        if table is None:
            patterns = "; ".join(f"{t.name}: {', '.join(t.files)}" for t in mapping.tables.values())
            msg = f"{path.name}: matches no table of the mapping ({patterns})"
            raise MappingError(field="files", value=str(path))
        source = open_table(path, encoding=table.encoding, sheet=table.sheet)
        header = set(source.columns)
        for field, column in (*table.columns.items(), *table.payer_amounts.items()):
            if column not in header:
                where = "payer_amounts" if field in table.payer_amounts else "columns"
                key = f"{table.name}.{where}.{field}"
                msg = (
                    f"{path.name} has no column {shown(column)}; it has {', '.join(source.columns)}"
                )
                raise MappingError(f"{key}: {msg}", field=key, value=column)
        planned[table.name].append(_Planned(table, source))
    return [item for name in TABLE_ORDER for item in planned[name]]


def x__plan__mutmut_17(paths: Iterable[str | Path], mapping: ImportMapping) -> list[_Planned]:
    planned: dict[str, list[_Planned]] = {name: [] for name in TABLE_ORDER}
    for given in paths:
        path = Path(given)
        table = mapping.table_for(path.name)
        if table is None:
            patterns = "; ".join(f"{t.name}: {', '.join(t.files)}" for t in mapping.tables.values())
            msg = f"{path.name}: matches no table of the mapping ({patterns})"
            raise MappingError(msg, value=str(path))
        source = open_table(path, encoding=table.encoding, sheet=table.sheet)
        header = set(source.columns)
        for field, column in (*table.columns.items(), *table.payer_amounts.items()):
            if column not in header:
                where = "payer_amounts" if field in table.payer_amounts else "columns"
                key = f"{table.name}.{where}.{field}"
                msg = (
                    f"{path.name} has no column {shown(column)}; it has {', '.join(source.columns)}"
                )
                raise MappingError(f"{key}: {msg}", field=key, value=column)
        planned[table.name].append(_Planned(table, source))
    return [item for name in TABLE_ORDER for item in planned[name]]


def x__plan__mutmut_18(paths: Iterable[str | Path], mapping: ImportMapping) -> list[_Planned]:
    planned: dict[str, list[_Planned]] = {name: [] for name in TABLE_ORDER}
    for given in paths:
        path = Path(given)
        table = mapping.table_for(path.name)
        if table is None:
            patterns = "; ".join(f"{t.name}: {', '.join(t.files)}" for t in mapping.tables.values())
            msg = f"{path.name}: matches no table of the mapping ({patterns})"
            raise MappingError(msg, field="files", )
        source = open_table(path, encoding=table.encoding, sheet=table.sheet)
        header = set(source.columns)
        for field, column in (*table.columns.items(), *table.payer_amounts.items()):
            if column not in header:
                where = "payer_amounts" if field in table.payer_amounts else "columns"
                key = f"{table.name}.{where}.{field}"
                msg = (
                    f"{path.name} has no column {shown(column)}; it has {', '.join(source.columns)}"
                )
                raise MappingError(f"{key}: {msg}", field=key, value=column)
        planned[table.name].append(_Planned(table, source))
    return [item for name in TABLE_ORDER for item in planned[name]]


def x__plan__mutmut_19(paths: Iterable[str | Path], mapping: ImportMapping) -> list[_Planned]:
    planned: dict[str, list[_Planned]] = {name: [] for name in TABLE_ORDER}
    for given in paths:
        path = Path(given)
        table = mapping.table_for(path.name)
        if table is None:
            patterns = "; ".join(f"{t.name}: {', '.join(t.files)}" for t in mapping.tables.values())
            msg = f"{path.name}: matches no table of the mapping ({patterns})"
            raise MappingError(msg, field="XXfilesXX", value=str(path))
        source = open_table(path, encoding=table.encoding, sheet=table.sheet)
        header = set(source.columns)
        for field, column in (*table.columns.items(), *table.payer_amounts.items()):
            if column not in header:
                where = "payer_amounts" if field in table.payer_amounts else "columns"
                key = f"{table.name}.{where}.{field}"
                msg = (
                    f"{path.name} has no column {shown(column)}; it has {', '.join(source.columns)}"
                )
                raise MappingError(f"{key}: {msg}", field=key, value=column)
        planned[table.name].append(_Planned(table, source))
    return [item for name in TABLE_ORDER for item in planned[name]]


def x__plan__mutmut_20(paths: Iterable[str | Path], mapping: ImportMapping) -> list[_Planned]:
    planned: dict[str, list[_Planned]] = {name: [] for name in TABLE_ORDER}
    for given in paths:
        path = Path(given)
        table = mapping.table_for(path.name)
        if table is None:
            patterns = "; ".join(f"{t.name}: {', '.join(t.files)}" for t in mapping.tables.values())
            msg = f"{path.name}: matches no table of the mapping ({patterns})"
            raise MappingError(msg, field="FILES", value=str(path))
        source = open_table(path, encoding=table.encoding, sheet=table.sheet)
        header = set(source.columns)
        for field, column in (*table.columns.items(), *table.payer_amounts.items()):
            if column not in header:
                where = "payer_amounts" if field in table.payer_amounts else "columns"
                key = f"{table.name}.{where}.{field}"
                msg = (
                    f"{path.name} has no column {shown(column)}; it has {', '.join(source.columns)}"
                )
                raise MappingError(f"{key}: {msg}", field=key, value=column)
        planned[table.name].append(_Planned(table, source))
    return [item for name in TABLE_ORDER for item in planned[name]]


def x__plan__mutmut_21(paths: Iterable[str | Path], mapping: ImportMapping) -> list[_Planned]:
    planned: dict[str, list[_Planned]] = {name: [] for name in TABLE_ORDER}
    for given in paths:
        path = Path(given)
        table = mapping.table_for(path.name)
        if table is None:
            patterns = "; ".join(f"{t.name}: {', '.join(t.files)}" for t in mapping.tables.values())
            msg = f"{path.name}: matches no table of the mapping ({patterns})"
            raise MappingError(msg, field="files", value=str(None))
        source = open_table(path, encoding=table.encoding, sheet=table.sheet)
        header = set(source.columns)
        for field, column in (*table.columns.items(), *table.payer_amounts.items()):
            if column not in header:
                where = "payer_amounts" if field in table.payer_amounts else "columns"
                key = f"{table.name}.{where}.{field}"
                msg = (
                    f"{path.name} has no column {shown(column)}; it has {', '.join(source.columns)}"
                )
                raise MappingError(f"{key}: {msg}", field=key, value=column)
        planned[table.name].append(_Planned(table, source))
    return [item for name in TABLE_ORDER for item in planned[name]]


def x__plan__mutmut_22(paths: Iterable[str | Path], mapping: ImportMapping) -> list[_Planned]:
    planned: dict[str, list[_Planned]] = {name: [] for name in TABLE_ORDER}
    for given in paths:
        path = Path(given)
        table = mapping.table_for(path.name)
        if table is None:
            patterns = "; ".join(f"{t.name}: {', '.join(t.files)}" for t in mapping.tables.values())
            msg = f"{path.name}: matches no table of the mapping ({patterns})"
            raise MappingError(msg, field="files", value=str(path))
        source = None
        header = set(source.columns)
        for field, column in (*table.columns.items(), *table.payer_amounts.items()):
            if column not in header:
                where = "payer_amounts" if field in table.payer_amounts else "columns"
                key = f"{table.name}.{where}.{field}"
                msg = (
                    f"{path.name} has no column {shown(column)}; it has {', '.join(source.columns)}"
                )
                raise MappingError(f"{key}: {msg}", field=key, value=column)
        planned[table.name].append(_Planned(table, source))
    return [item for name in TABLE_ORDER for item in planned[name]]


def x__plan__mutmut_23(paths: Iterable[str | Path], mapping: ImportMapping) -> list[_Planned]:
    planned: dict[str, list[_Planned]] = {name: [] for name in TABLE_ORDER}
    for given in paths:
        path = Path(given)
        table = mapping.table_for(path.name)
        if table is None:
            patterns = "; ".join(f"{t.name}: {', '.join(t.files)}" for t in mapping.tables.values())
            msg = f"{path.name}: matches no table of the mapping ({patterns})"
            raise MappingError(msg, field="files", value=str(path))
        source = open_table(None, encoding=table.encoding, sheet=table.sheet)
        header = set(source.columns)
        for field, column in (*table.columns.items(), *table.payer_amounts.items()):
            if column not in header:
                where = "payer_amounts" if field in table.payer_amounts else "columns"
                key = f"{table.name}.{where}.{field}"
                msg = (
                    f"{path.name} has no column {shown(column)}; it has {', '.join(source.columns)}"
                )
                raise MappingError(f"{key}: {msg}", field=key, value=column)
        planned[table.name].append(_Planned(table, source))
    return [item for name in TABLE_ORDER for item in planned[name]]


def x__plan__mutmut_24(paths: Iterable[str | Path], mapping: ImportMapping) -> list[_Planned]:
    planned: dict[str, list[_Planned]] = {name: [] for name in TABLE_ORDER}
    for given in paths:
        path = Path(given)
        table = mapping.table_for(path.name)
        if table is None:
            patterns = "; ".join(f"{t.name}: {', '.join(t.files)}" for t in mapping.tables.values())
            msg = f"{path.name}: matches no table of the mapping ({patterns})"
            raise MappingError(msg, field="files", value=str(path))
        source = open_table(path, encoding=None, sheet=table.sheet)
        header = set(source.columns)
        for field, column in (*table.columns.items(), *table.payer_amounts.items()):
            if column not in header:
                where = "payer_amounts" if field in table.payer_amounts else "columns"
                key = f"{table.name}.{where}.{field}"
                msg = (
                    f"{path.name} has no column {shown(column)}; it has {', '.join(source.columns)}"
                )
                raise MappingError(f"{key}: {msg}", field=key, value=column)
        planned[table.name].append(_Planned(table, source))
    return [item for name in TABLE_ORDER for item in planned[name]]


def x__plan__mutmut_25(paths: Iterable[str | Path], mapping: ImportMapping) -> list[_Planned]:
    planned: dict[str, list[_Planned]] = {name: [] for name in TABLE_ORDER}
    for given in paths:
        path = Path(given)
        table = mapping.table_for(path.name)
        if table is None:
            patterns = "; ".join(f"{t.name}: {', '.join(t.files)}" for t in mapping.tables.values())
            msg = f"{path.name}: matches no table of the mapping ({patterns})"
            raise MappingError(msg, field="files", value=str(path))
        source = open_table(path, encoding=table.encoding, sheet=None)
        header = set(source.columns)
        for field, column in (*table.columns.items(), *table.payer_amounts.items()):
            if column not in header:
                where = "payer_amounts" if field in table.payer_amounts else "columns"
                key = f"{table.name}.{where}.{field}"
                msg = (
                    f"{path.name} has no column {shown(column)}; it has {', '.join(source.columns)}"
                )
                raise MappingError(f"{key}: {msg}", field=key, value=column)
        planned[table.name].append(_Planned(table, source))
    return [item for name in TABLE_ORDER for item in planned[name]]


def x__plan__mutmut_26(paths: Iterable[str | Path], mapping: ImportMapping) -> list[_Planned]:
    planned: dict[str, list[_Planned]] = {name: [] for name in TABLE_ORDER}
    for given in paths:
        path = Path(given)
        table = mapping.table_for(path.name)
        if table is None:
            patterns = "; ".join(f"{t.name}: {', '.join(t.files)}" for t in mapping.tables.values())
            msg = f"{path.name}: matches no table of the mapping ({patterns})"
            raise MappingError(msg, field="files", value=str(path))
        source = open_table(encoding=table.encoding, sheet=table.sheet)
        header = set(source.columns)
        for field, column in (*table.columns.items(), *table.payer_amounts.items()):
            if column not in header:
                where = "payer_amounts" if field in table.payer_amounts else "columns"
                key = f"{table.name}.{where}.{field}"
                msg = (
                    f"{path.name} has no column {shown(column)}; it has {', '.join(source.columns)}"
                )
                raise MappingError(f"{key}: {msg}", field=key, value=column)
        planned[table.name].append(_Planned(table, source))
    return [item for name in TABLE_ORDER for item in planned[name]]


def x__plan__mutmut_27(paths: Iterable[str | Path], mapping: ImportMapping) -> list[_Planned]:
    planned: dict[str, list[_Planned]] = {name: [] for name in TABLE_ORDER}
    for given in paths:
        path = Path(given)
        table = mapping.table_for(path.name)
        if table is None:
            patterns = "; ".join(f"{t.name}: {', '.join(t.files)}" for t in mapping.tables.values())
            msg = f"{path.name}: matches no table of the mapping ({patterns})"
            raise MappingError(msg, field="files", value=str(path))
        source = open_table(path, sheet=table.sheet)
        header = set(source.columns)
        for field, column in (*table.columns.items(), *table.payer_amounts.items()):
            if column not in header:
                where = "payer_amounts" if field in table.payer_amounts else "columns"
                key = f"{table.name}.{where}.{field}"
                msg = (
                    f"{path.name} has no column {shown(column)}; it has {', '.join(source.columns)}"
                )
                raise MappingError(f"{key}: {msg}", field=key, value=column)
        planned[table.name].append(_Planned(table, source))
    return [item for name in TABLE_ORDER for item in planned[name]]


def x__plan__mutmut_28(paths: Iterable[str | Path], mapping: ImportMapping) -> list[_Planned]:
    planned: dict[str, list[_Planned]] = {name: [] for name in TABLE_ORDER}
    for given in paths:
        path = Path(given)
        table = mapping.table_for(path.name)
        if table is None:
            patterns = "; ".join(f"{t.name}: {', '.join(t.files)}" for t in mapping.tables.values())
            msg = f"{path.name}: matches no table of the mapping ({patterns})"
            raise MappingError(msg, field="files", value=str(path))
        source = open_table(path, encoding=table.encoding, )
        header = set(source.columns)
        for field, column in (*table.columns.items(), *table.payer_amounts.items()):
            if column not in header:
                where = "payer_amounts" if field in table.payer_amounts else "columns"
                key = f"{table.name}.{where}.{field}"
                msg = (
                    f"{path.name} has no column {shown(column)}; it has {', '.join(source.columns)}"
                )
                raise MappingError(f"{key}: {msg}", field=key, value=column)
        planned[table.name].append(_Planned(table, source))
    return [item for name in TABLE_ORDER for item in planned[name]]


def x__plan__mutmut_29(paths: Iterable[str | Path], mapping: ImportMapping) -> list[_Planned]:
    planned: dict[str, list[_Planned]] = {name: [] for name in TABLE_ORDER}
    for given in paths:
        path = Path(given)
        table = mapping.table_for(path.name)
        if table is None:
            patterns = "; ".join(f"{t.name}: {', '.join(t.files)}" for t in mapping.tables.values())
            msg = f"{path.name}: matches no table of the mapping ({patterns})"
            raise MappingError(msg, field="files", value=str(path))
        source = open_table(path, encoding=table.encoding, sheet=table.sheet)
        header = None
        for field, column in (*table.columns.items(), *table.payer_amounts.items()):
            if column not in header:
                where = "payer_amounts" if field in table.payer_amounts else "columns"
                key = f"{table.name}.{where}.{field}"
                msg = (
                    f"{path.name} has no column {shown(column)}; it has {', '.join(source.columns)}"
                )
                raise MappingError(f"{key}: {msg}", field=key, value=column)
        planned[table.name].append(_Planned(table, source))
    return [item for name in TABLE_ORDER for item in planned[name]]


def x__plan__mutmut_30(paths: Iterable[str | Path], mapping: ImportMapping) -> list[_Planned]:
    planned: dict[str, list[_Planned]] = {name: [] for name in TABLE_ORDER}
    for given in paths:
        path = Path(given)
        table = mapping.table_for(path.name)
        if table is None:
            patterns = "; ".join(f"{t.name}: {', '.join(t.files)}" for t in mapping.tables.values())
            msg = f"{path.name}: matches no table of the mapping ({patterns})"
            raise MappingError(msg, field="files", value=str(path))
        source = open_table(path, encoding=table.encoding, sheet=table.sheet)
        header = set(None)
        for field, column in (*table.columns.items(), *table.payer_amounts.items()):
            if column not in header:
                where = "payer_amounts" if field in table.payer_amounts else "columns"
                key = f"{table.name}.{where}.{field}"
                msg = (
                    f"{path.name} has no column {shown(column)}; it has {', '.join(source.columns)}"
                )
                raise MappingError(f"{key}: {msg}", field=key, value=column)
        planned[table.name].append(_Planned(table, source))
    return [item for name in TABLE_ORDER for item in planned[name]]


def x__plan__mutmut_31(paths: Iterable[str | Path], mapping: ImportMapping) -> list[_Planned]:
    planned: dict[str, list[_Planned]] = {name: [] for name in TABLE_ORDER}
    for given in paths:
        path = Path(given)
        table = mapping.table_for(path.name)
        if table is None:
            patterns = "; ".join(f"{t.name}: {', '.join(t.files)}" for t in mapping.tables.values())
            msg = f"{path.name}: matches no table of the mapping ({patterns})"
            raise MappingError(msg, field="files", value=str(path))
        source = open_table(path, encoding=table.encoding, sheet=table.sheet)
        header = set(source.columns)
        for field, column in (*table.columns.items(), *table.payer_amounts.items()):
            if column in header:
                where = "payer_amounts" if field in table.payer_amounts else "columns"
                key = f"{table.name}.{where}.{field}"
                msg = (
                    f"{path.name} has no column {shown(column)}; it has {', '.join(source.columns)}"
                )
                raise MappingError(f"{key}: {msg}", field=key, value=column)
        planned[table.name].append(_Planned(table, source))
    return [item for name in TABLE_ORDER for item in planned[name]]


def x__plan__mutmut_32(paths: Iterable[str | Path], mapping: ImportMapping) -> list[_Planned]:
    planned: dict[str, list[_Planned]] = {name: [] for name in TABLE_ORDER}
    for given in paths:
        path = Path(given)
        table = mapping.table_for(path.name)
        if table is None:
            patterns = "; ".join(f"{t.name}: {', '.join(t.files)}" for t in mapping.tables.values())
            msg = f"{path.name}: matches no table of the mapping ({patterns})"
            raise MappingError(msg, field="files", value=str(path))
        source = open_table(path, encoding=table.encoding, sheet=table.sheet)
        header = set(source.columns)
        for field, column in (*table.columns.items(), *table.payer_amounts.items()):
            if column not in header:
                where = None
                key = f"{table.name}.{where}.{field}"
                msg = (
                    f"{path.name} has no column {shown(column)}; it has {', '.join(source.columns)}"
                )
                raise MappingError(f"{key}: {msg}", field=key, value=column)
        planned[table.name].append(_Planned(table, source))
    return [item for name in TABLE_ORDER for item in planned[name]]


def x__plan__mutmut_33(paths: Iterable[str | Path], mapping: ImportMapping) -> list[_Planned]:
    planned: dict[str, list[_Planned]] = {name: [] for name in TABLE_ORDER}
    for given in paths:
        path = Path(given)
        table = mapping.table_for(path.name)
        if table is None:
            patterns = "; ".join(f"{t.name}: {', '.join(t.files)}" for t in mapping.tables.values())
            msg = f"{path.name}: matches no table of the mapping ({patterns})"
            raise MappingError(msg, field="files", value=str(path))
        source = open_table(path, encoding=table.encoding, sheet=table.sheet)
        header = set(source.columns)
        for field, column in (*table.columns.items(), *table.payer_amounts.items()):
            if column not in header:
                where = "payer_amounts" if (field in table.payer_amounts) and False else "columns"
                key = f"{table.name}.{where}.{field}"
                msg = (
                    f"{path.name} has no column {shown(column)}; it has {', '.join(source.columns)}"
                )
                raise MappingError(f"{key}: {msg}", field=key, value=column)
        planned[table.name].append(_Planned(table, source))
    return [item for name in TABLE_ORDER for item in planned[name]]


def x__plan__mutmut_34(paths: Iterable[str | Path], mapping: ImportMapping) -> list[_Planned]:
    planned: dict[str, list[_Planned]] = {name: [] for name in TABLE_ORDER}
    for given in paths:
        path = Path(given)
        table = mapping.table_for(path.name)
        if table is None:
            patterns = "; ".join(f"{t.name}: {', '.join(t.files)}" for t in mapping.tables.values())
            msg = f"{path.name}: matches no table of the mapping ({patterns})"
            raise MappingError(msg, field="files", value=str(path))
        source = open_table(path, encoding=table.encoding, sheet=table.sheet)
        header = set(source.columns)
        for field, column in (*table.columns.items(), *table.payer_amounts.items()):
            if column not in header:
                where = "payer_amounts" if (field in table.payer_amounts) or True else "columns"
                key = f"{table.name}.{where}.{field}"
                msg = (
                    f"{path.name} has no column {shown(column)}; it has {', '.join(source.columns)}"
                )
                raise MappingError(f"{key}: {msg}", field=key, value=column)
        planned[table.name].append(_Planned(table, source))
    return [item for name in TABLE_ORDER for item in planned[name]]


def x__plan__mutmut_35(paths: Iterable[str | Path], mapping: ImportMapping) -> list[_Planned]:
    planned: dict[str, list[_Planned]] = {name: [] for name in TABLE_ORDER}
    for given in paths:
        path = Path(given)
        table = mapping.table_for(path.name)
        if table is None:
            patterns = "; ".join(f"{t.name}: {', '.join(t.files)}" for t in mapping.tables.values())
            msg = f"{path.name}: matches no table of the mapping ({patterns})"
            raise MappingError(msg, field="files", value=str(path))
        source = open_table(path, encoding=table.encoding, sheet=table.sheet)
        header = set(source.columns)
        for field, column in (*table.columns.items(), *table.payer_amounts.items()):
            if column not in header:
                where = "XXpayer_amountsXX" if field in table.payer_amounts else "columns"
                key = f"{table.name}.{where}.{field}"
                msg = (
                    f"{path.name} has no column {shown(column)}; it has {', '.join(source.columns)}"
                )
                raise MappingError(f"{key}: {msg}", field=key, value=column)
        planned[table.name].append(_Planned(table, source))
    return [item for name in TABLE_ORDER for item in planned[name]]


def x__plan__mutmut_36(paths: Iterable[str | Path], mapping: ImportMapping) -> list[_Planned]:
    planned: dict[str, list[_Planned]] = {name: [] for name in TABLE_ORDER}
    for given in paths:
        path = Path(given)
        table = mapping.table_for(path.name)
        if table is None:
            patterns = "; ".join(f"{t.name}: {', '.join(t.files)}" for t in mapping.tables.values())
            msg = f"{path.name}: matches no table of the mapping ({patterns})"
            raise MappingError(msg, field="files", value=str(path))
        source = open_table(path, encoding=table.encoding, sheet=table.sheet)
        header = set(source.columns)
        for field, column in (*table.columns.items(), *table.payer_amounts.items()):
            if column not in header:
                where = "PAYER_AMOUNTS" if field in table.payer_amounts else "columns"
                key = f"{table.name}.{where}.{field}"
                msg = (
                    f"{path.name} has no column {shown(column)}; it has {', '.join(source.columns)}"
                )
                raise MappingError(f"{key}: {msg}", field=key, value=column)
        planned[table.name].append(_Planned(table, source))
    return [item for name in TABLE_ORDER for item in planned[name]]


def x__plan__mutmut_37(paths: Iterable[str | Path], mapping: ImportMapping) -> list[_Planned]:
    planned: dict[str, list[_Planned]] = {name: [] for name in TABLE_ORDER}
    for given in paths:
        path = Path(given)
        table = mapping.table_for(path.name)
        if table is None:
            patterns = "; ".join(f"{t.name}: {', '.join(t.files)}" for t in mapping.tables.values())
            msg = f"{path.name}: matches no table of the mapping ({patterns})"
            raise MappingError(msg, field="files", value=str(path))
        source = open_table(path, encoding=table.encoding, sheet=table.sheet)
        header = set(source.columns)
        for field, column in (*table.columns.items(), *table.payer_amounts.items()):
            if column not in header:
                where = "payer_amounts" if field not in table.payer_amounts else "columns"
                key = f"{table.name}.{where}.{field}"
                msg = (
                    f"{path.name} has no column {shown(column)}; it has {', '.join(source.columns)}"
                )
                raise MappingError(f"{key}: {msg}", field=key, value=column)
        planned[table.name].append(_Planned(table, source))
    return [item for name in TABLE_ORDER for item in planned[name]]


def x__plan__mutmut_38(paths: Iterable[str | Path], mapping: ImportMapping) -> list[_Planned]:
    planned: dict[str, list[_Planned]] = {name: [] for name in TABLE_ORDER}
    for given in paths:
        path = Path(given)
        table = mapping.table_for(path.name)
        if table is None:
            patterns = "; ".join(f"{t.name}: {', '.join(t.files)}" for t in mapping.tables.values())
            msg = f"{path.name}: matches no table of the mapping ({patterns})"
            raise MappingError(msg, field="files", value=str(path))
        source = open_table(path, encoding=table.encoding, sheet=table.sheet)
        header = set(source.columns)
        for field, column in (*table.columns.items(), *table.payer_amounts.items()):
            if column not in header:
                where = "payer_amounts" if field in table.payer_amounts else "XXcolumnsXX"
                key = f"{table.name}.{where}.{field}"
                msg = (
                    f"{path.name} has no column {shown(column)}; it has {', '.join(source.columns)}"
                )
                raise MappingError(f"{key}: {msg}", field=key, value=column)
        planned[table.name].append(_Planned(table, source))
    return [item for name in TABLE_ORDER for item in planned[name]]


def x__plan__mutmut_39(paths: Iterable[str | Path], mapping: ImportMapping) -> list[_Planned]:
    planned: dict[str, list[_Planned]] = {name: [] for name in TABLE_ORDER}
    for given in paths:
        path = Path(given)
        table = mapping.table_for(path.name)
        if table is None:
            patterns = "; ".join(f"{t.name}: {', '.join(t.files)}" for t in mapping.tables.values())
            msg = f"{path.name}: matches no table of the mapping ({patterns})"
            raise MappingError(msg, field="files", value=str(path))
        source = open_table(path, encoding=table.encoding, sheet=table.sheet)
        header = set(source.columns)
        for field, column in (*table.columns.items(), *table.payer_amounts.items()):
            if column not in header:
                where = "payer_amounts" if field in table.payer_amounts else "COLUMNS"
                key = f"{table.name}.{where}.{field}"
                msg = (
                    f"{path.name} has no column {shown(column)}; it has {', '.join(source.columns)}"
                )
                raise MappingError(f"{key}: {msg}", field=key, value=column)
        planned[table.name].append(_Planned(table, source))
    return [item for name in TABLE_ORDER for item in planned[name]]


def x__plan__mutmut_40(paths: Iterable[str | Path], mapping: ImportMapping) -> list[_Planned]:
    planned: dict[str, list[_Planned]] = {name: [] for name in TABLE_ORDER}
    for given in paths:
        path = Path(given)
        table = mapping.table_for(path.name)
        if table is None:
            patterns = "; ".join(f"{t.name}: {', '.join(t.files)}" for t in mapping.tables.values())
            msg = f"{path.name}: matches no table of the mapping ({patterns})"
            raise MappingError(msg, field="files", value=str(path))
        source = open_table(path, encoding=table.encoding, sheet=table.sheet)
        header = set(source.columns)
        for field, column in (*table.columns.items(), *table.payer_amounts.items()):
            if column not in header:
                where = "payer_amounts" if field in table.payer_amounts else "columns"
                key = None
                msg = (
                    f"{path.name} has no column {shown(column)}; it has {', '.join(source.columns)}"
                )
                raise MappingError(f"{key}: {msg}", field=key, value=column)
        planned[table.name].append(_Planned(table, source))
    return [item for name in TABLE_ORDER for item in planned[name]]


def x__plan__mutmut_41(paths: Iterable[str | Path], mapping: ImportMapping) -> list[_Planned]:
    planned: dict[str, list[_Planned]] = {name: [] for name in TABLE_ORDER}
    for given in paths:
        path = Path(given)
        table = mapping.table_for(path.name)
        if table is None:
            patterns = "; ".join(f"{t.name}: {', '.join(t.files)}" for t in mapping.tables.values())
            msg = f"{path.name}: matches no table of the mapping ({patterns})"
            raise MappingError(msg, field="files", value=str(path))
        source = open_table(path, encoding=table.encoding, sheet=table.sheet)
        header = set(source.columns)
        for field, column in (*table.columns.items(), *table.payer_amounts.items()):
            if column not in header:
                where = "payer_amounts" if field in table.payer_amounts else "columns"
                key = f"{table.name}.{where}.{field}"
                msg = None
                raise MappingError(f"{key}: {msg}", field=key, value=column)
        planned[table.name].append(_Planned(table, source))
    return [item for name in TABLE_ORDER for item in planned[name]]


def x__plan__mutmut_42(paths: Iterable[str | Path], mapping: ImportMapping) -> list[_Planned]:
    planned: dict[str, list[_Planned]] = {name: [] for name in TABLE_ORDER}
    for given in paths:
        path = Path(given)
        table = mapping.table_for(path.name)
        if table is None:
            patterns = "; ".join(f"{t.name}: {', '.join(t.files)}" for t in mapping.tables.values())
            msg = f"{path.name}: matches no table of the mapping ({patterns})"
            raise MappingError(msg, field="files", value=str(path))
        source = open_table(path, encoding=table.encoding, sheet=table.sheet)
        header = set(source.columns)
        for field, column in (*table.columns.items(), *table.payer_amounts.items()):
            if column not in header:
                where = "payer_amounts" if field in table.payer_amounts else "columns"
                key = f"{table.name}.{where}.{field}"
                msg = (
                    f"{path.name} has no column {shown(None)}; it has {', '.join(source.columns)}"
                )
                raise MappingError(f"{key}: {msg}", field=key, value=column)
        planned[table.name].append(_Planned(table, source))
    return [item for name in TABLE_ORDER for item in planned[name]]


def x__plan__mutmut_43(paths: Iterable[str | Path], mapping: ImportMapping) -> list[_Planned]:
    planned: dict[str, list[_Planned]] = {name: [] for name in TABLE_ORDER}
    for given in paths:
        path = Path(given)
        table = mapping.table_for(path.name)
        if table is None:
            patterns = "; ".join(f"{t.name}: {', '.join(t.files)}" for t in mapping.tables.values())
            msg = f"{path.name}: matches no table of the mapping ({patterns})"
            raise MappingError(msg, field="files", value=str(path))
        source = open_table(path, encoding=table.encoding, sheet=table.sheet)
        header = set(source.columns)
        for field, column in (*table.columns.items(), *table.payer_amounts.items()):
            if column not in header:
                where = "payer_amounts" if field in table.payer_amounts else "columns"
                key = f"{table.name}.{where}.{field}"
                msg = (
                    f"{path.name} has no column {shown(column)}; it has {', '.join(None)}"
                )
                raise MappingError(f"{key}: {msg}", field=key, value=column)
        planned[table.name].append(_Planned(table, source))
    return [item for name in TABLE_ORDER for item in planned[name]]


def x__plan__mutmut_44(paths: Iterable[str | Path], mapping: ImportMapping) -> list[_Planned]:
    planned: dict[str, list[_Planned]] = {name: [] for name in TABLE_ORDER}
    for given in paths:
        path = Path(given)
        table = mapping.table_for(path.name)
        if table is None:
            patterns = "; ".join(f"{t.name}: {', '.join(t.files)}" for t in mapping.tables.values())
            msg = f"{path.name}: matches no table of the mapping ({patterns})"
            raise MappingError(msg, field="files", value=str(path))
        source = open_table(path, encoding=table.encoding, sheet=table.sheet)
        header = set(source.columns)
        for field, column in (*table.columns.items(), *table.payer_amounts.items()):
            if column not in header:
                where = "payer_amounts" if field in table.payer_amounts else "columns"
                key = f"{table.name}.{where}.{field}"
                msg = (
                    f"{path.name} has no column {shown(column)}; it has {'XX, XX'.join(source.columns)}"
                )
                raise MappingError(f"{key}: {msg}", field=key, value=column)
        planned[table.name].append(_Planned(table, source))
    return [item for name in TABLE_ORDER for item in planned[name]]


def x__plan__mutmut_45(paths: Iterable[str | Path], mapping: ImportMapping) -> list[_Planned]:
    planned: dict[str, list[_Planned]] = {name: [] for name in TABLE_ORDER}
    for given in paths:
        path = Path(given)
        table = mapping.table_for(path.name)
        if table is None:
            patterns = "; ".join(f"{t.name}: {', '.join(t.files)}" for t in mapping.tables.values())
            msg = f"{path.name}: matches no table of the mapping ({patterns})"
            raise MappingError(msg, field="files", value=str(path))
        source = open_table(path, encoding=table.encoding, sheet=table.sheet)
        header = set(source.columns)
        for field, column in (*table.columns.items(), *table.payer_amounts.items()):
            if column not in header:
                where = "payer_amounts" if field in table.payer_amounts else "columns"
                key = f"{table.name}.{where}.{field}"
                msg = (
                    f"{path.name} has no column {shown(column)}; it has {', '.join(source.columns)}"
                )
                raise MappingError(None, field=key, value=column)
        planned[table.name].append(_Planned(table, source))
    return [item for name in TABLE_ORDER for item in planned[name]]


def x__plan__mutmut_46(paths: Iterable[str | Path], mapping: ImportMapping) -> list[_Planned]:
    planned: dict[str, list[_Planned]] = {name: [] for name in TABLE_ORDER}
    for given in paths:
        path = Path(given)
        table = mapping.table_for(path.name)
        if table is None:
            patterns = "; ".join(f"{t.name}: {', '.join(t.files)}" for t in mapping.tables.values())
            msg = f"{path.name}: matches no table of the mapping ({patterns})"
            raise MappingError(msg, field="files", value=str(path))
        source = open_table(path, encoding=table.encoding, sheet=table.sheet)
        header = set(source.columns)
        for field, column in (*table.columns.items(), *table.payer_amounts.items()):
            if column not in header:
                where = "payer_amounts" if field in table.payer_amounts else "columns"
                key = f"{table.name}.{where}.{field}"
                msg = (
                    f"{path.name} has no column {shown(column)}; it has {', '.join(source.columns)}"
                )
                raise MappingError(f"{key}: {msg}", field=None, value=column)
        planned[table.name].append(_Planned(table, source))
    return [item for name in TABLE_ORDER for item in planned[name]]


def x__plan__mutmut_47(paths: Iterable[str | Path], mapping: ImportMapping) -> list[_Planned]:
    planned: dict[str, list[_Planned]] = {name: [] for name in TABLE_ORDER}
    for given in paths:
        path = Path(given)
        table = mapping.table_for(path.name)
        if table is None:
            patterns = "; ".join(f"{t.name}: {', '.join(t.files)}" for t in mapping.tables.values())
            msg = f"{path.name}: matches no table of the mapping ({patterns})"
            raise MappingError(msg, field="files", value=str(path))
        source = open_table(path, encoding=table.encoding, sheet=table.sheet)
        header = set(source.columns)
        for field, column in (*table.columns.items(), *table.payer_amounts.items()):
            if column not in header:
                where = "payer_amounts" if field in table.payer_amounts else "columns"
                key = f"{table.name}.{where}.{field}"
                msg = (
                    f"{path.name} has no column {shown(column)}; it has {', '.join(source.columns)}"
                )
                raise MappingError(f"{key}: {msg}", field=key, value=None)
        planned[table.name].append(_Planned(table, source))
    return [item for name in TABLE_ORDER for item in planned[name]]


def x__plan__mutmut_48(paths: Iterable[str | Path], mapping: ImportMapping) -> list[_Planned]:
    planned: dict[str, list[_Planned]] = {name: [] for name in TABLE_ORDER}
    for given in paths:
        path = Path(given)
        table = mapping.table_for(path.name)
        if table is None:
            patterns = "; ".join(f"{t.name}: {', '.join(t.files)}" for t in mapping.tables.values())
            msg = f"{path.name}: matches no table of the mapping ({patterns})"
            raise MappingError(msg, field="files", value=str(path))
        source = open_table(path, encoding=table.encoding, sheet=table.sheet)
        header = set(source.columns)
        for field, column in (*table.columns.items(), *table.payer_amounts.items()):
            if column not in header:
                where = "payer_amounts" if field in table.payer_amounts else "columns"
                key = f"{table.name}.{where}.{field}"
                msg = (
                    f"{path.name} has no column {shown(column)}; it has {', '.join(source.columns)}"
                )
                raise MappingError(field=key, value=column)
        planned[table.name].append(_Planned(table, source))
    return [item for name in TABLE_ORDER for item in planned[name]]


def x__plan__mutmut_49(paths: Iterable[str | Path], mapping: ImportMapping) -> list[_Planned]:
    planned: dict[str, list[_Planned]] = {name: [] for name in TABLE_ORDER}
    for given in paths:
        path = Path(given)
        table = mapping.table_for(path.name)
        if table is None:
            patterns = "; ".join(f"{t.name}: {', '.join(t.files)}" for t in mapping.tables.values())
            msg = f"{path.name}: matches no table of the mapping ({patterns})"
            raise MappingError(msg, field="files", value=str(path))
        source = open_table(path, encoding=table.encoding, sheet=table.sheet)
        header = set(source.columns)
        for field, column in (*table.columns.items(), *table.payer_amounts.items()):
            if column not in header:
                where = "payer_amounts" if field in table.payer_amounts else "columns"
                key = f"{table.name}.{where}.{field}"
                msg = (
                    f"{path.name} has no column {shown(column)}; it has {', '.join(source.columns)}"
                )
                raise MappingError(f"{key}: {msg}", value=column)
        planned[table.name].append(_Planned(table, source))
    return [item for name in TABLE_ORDER for item in planned[name]]


def x__plan__mutmut_50(paths: Iterable[str | Path], mapping: ImportMapping) -> list[_Planned]:
    planned: dict[str, list[_Planned]] = {name: [] for name in TABLE_ORDER}
    for given in paths:
        path = Path(given)
        table = mapping.table_for(path.name)
        if table is None:
            patterns = "; ".join(f"{t.name}: {', '.join(t.files)}" for t in mapping.tables.values())
            msg = f"{path.name}: matches no table of the mapping ({patterns})"
            raise MappingError(msg, field="files", value=str(path))
        source = open_table(path, encoding=table.encoding, sheet=table.sheet)
        header = set(source.columns)
        for field, column in (*table.columns.items(), *table.payer_amounts.items()):
            if column not in header:
                where = "payer_amounts" if field in table.payer_amounts else "columns"
                key = f"{table.name}.{where}.{field}"
                msg = (
                    f"{path.name} has no column {shown(column)}; it has {', '.join(source.columns)}"
                )
                raise MappingError(f"{key}: {msg}", field=key, )
        planned[table.name].append(_Planned(table, source))
    return [item for name in TABLE_ORDER for item in planned[name]]


def x__plan__mutmut_51(paths: Iterable[str | Path], mapping: ImportMapping) -> list[_Planned]:
    planned: dict[str, list[_Planned]] = {name: [] for name in TABLE_ORDER}
    for given in paths:
        path = Path(given)
        table = mapping.table_for(path.name)
        if table is None:
            patterns = "; ".join(f"{t.name}: {', '.join(t.files)}" for t in mapping.tables.values())
            msg = f"{path.name}: matches no table of the mapping ({patterns})"
            raise MappingError(msg, field="files", value=str(path))
        source = open_table(path, encoding=table.encoding, sheet=table.sheet)
        header = set(source.columns)
        for field, column in (*table.columns.items(), *table.payer_amounts.items()):
            if column not in header:
                where = "payer_amounts" if field in table.payer_amounts else "columns"
                key = f"{table.name}.{where}.{field}"
                msg = (
                    f"{path.name} has no column {shown(column)}; it has {', '.join(source.columns)}"
                )
                raise MappingError(f"{key}: {msg}", field=key, value=column)
        planned[table.name].append(None)
    return [item for name in TABLE_ORDER for item in planned[name]]


def x__plan__mutmut_52(paths: Iterable[str | Path], mapping: ImportMapping) -> list[_Planned]:
    planned: dict[str, list[_Planned]] = {name: [] for name in TABLE_ORDER}
    for given in paths:
        path = Path(given)
        table = mapping.table_for(path.name)
        if table is None:
            patterns = "; ".join(f"{t.name}: {', '.join(t.files)}" for t in mapping.tables.values())
            msg = f"{path.name}: matches no table of the mapping ({patterns})"
            raise MappingError(msg, field="files", value=str(path))
        source = open_table(path, encoding=table.encoding, sheet=table.sheet)
        header = set(source.columns)
        for field, column in (*table.columns.items(), *table.payer_amounts.items()):
            if column not in header:
                where = "payer_amounts" if field in table.payer_amounts else "columns"
                key = f"{table.name}.{where}.{field}"
                msg = (
                    f"{path.name} has no column {shown(column)}; it has {', '.join(source.columns)}"
                )
                raise MappingError(f"{key}: {msg}", field=key, value=column)
        planned[table.name].append(_Planned(None, source))
    return [item for name in TABLE_ORDER for item in planned[name]]


def x__plan__mutmut_53(paths: Iterable[str | Path], mapping: ImportMapping) -> list[_Planned]:
    planned: dict[str, list[_Planned]] = {name: [] for name in TABLE_ORDER}
    for given in paths:
        path = Path(given)
        table = mapping.table_for(path.name)
        if table is None:
            patterns = "; ".join(f"{t.name}: {', '.join(t.files)}" for t in mapping.tables.values())
            msg = f"{path.name}: matches no table of the mapping ({patterns})"
            raise MappingError(msg, field="files", value=str(path))
        source = open_table(path, encoding=table.encoding, sheet=table.sheet)
        header = set(source.columns)
        for field, column in (*table.columns.items(), *table.payer_amounts.items()):
            if column not in header:
                where = "payer_amounts" if field in table.payer_amounts else "columns"
                key = f"{table.name}.{where}.{field}"
                msg = (
                    f"{path.name} has no column {shown(column)}; it has {', '.join(source.columns)}"
                )
                raise MappingError(f"{key}: {msg}", field=key, value=column)
        planned[table.name].append(_Planned(table, None))
    return [item for name in TABLE_ORDER for item in planned[name]]


def x__plan__mutmut_54(paths: Iterable[str | Path], mapping: ImportMapping) -> list[_Planned]:
    planned: dict[str, list[_Planned]] = {name: [] for name in TABLE_ORDER}
    for given in paths:
        path = Path(given)
        table = mapping.table_for(path.name)
        if table is None:
            patterns = "; ".join(f"{t.name}: {', '.join(t.files)}" for t in mapping.tables.values())
            msg = f"{path.name}: matches no table of the mapping ({patterns})"
            raise MappingError(msg, field="files", value=str(path))
        source = open_table(path, encoding=table.encoding, sheet=table.sheet)
        header = set(source.columns)
        for field, column in (*table.columns.items(), *table.payer_amounts.items()):
            if column not in header:
                where = "payer_amounts" if field in table.payer_amounts else "columns"
                key = f"{table.name}.{where}.{field}"
                msg = (
                    f"{path.name} has no column {shown(column)}; it has {', '.join(source.columns)}"
                )
                raise MappingError(f"{key}: {msg}", field=key, value=column)
        planned[table.name].append(_Planned(source))
    return [item for name in TABLE_ORDER for item in planned[name]]


def x__plan__mutmut_55(paths: Iterable[str | Path], mapping: ImportMapping) -> list[_Planned]:
    planned: dict[str, list[_Planned]] = {name: [] for name in TABLE_ORDER}
    for given in paths:
        path = Path(given)
        table = mapping.table_for(path.name)
        if table is None:
            patterns = "; ".join(f"{t.name}: {', '.join(t.files)}" for t in mapping.tables.values())
            msg = f"{path.name}: matches no table of the mapping ({patterns})"
            raise MappingError(msg, field="files", value=str(path))
        source = open_table(path, encoding=table.encoding, sheet=table.sheet)
        header = set(source.columns)
        for field, column in (*table.columns.items(), *table.payer_amounts.items()):
            if column not in header:
                where = "payer_amounts" if field in table.payer_amounts else "columns"
                key = f"{table.name}.{where}.{field}"
                msg = (
                    f"{path.name} has no column {shown(column)}; it has {', '.join(source.columns)}"
                )
                raise MappingError(f"{key}: {msg}", field=key, value=column)
        planned[table.name].append(_Planned(table, ))
    return [item for name in TABLE_ORDER for item in planned[name]]

mutants_x__plan__mutmut['_mutmut_orig'] = x__plan__mutmut_orig # type: ignore # mutmut generated
mutants_x__plan__mutmut['x__plan__mutmut_1'] = x__plan__mutmut_1 # type: ignore # mutmut generated
mutants_x__plan__mutmut['x__plan__mutmut_2'] = x__plan__mutmut_2 # type: ignore # mutmut generated
mutants_x__plan__mutmut['x__plan__mutmut_3'] = x__plan__mutmut_3 # type: ignore # mutmut generated
mutants_x__plan__mutmut['x__plan__mutmut_4'] = x__plan__mutmut_4 # type: ignore # mutmut generated
mutants_x__plan__mutmut['x__plan__mutmut_5'] = x__plan__mutmut_5 # type: ignore # mutmut generated
mutants_x__plan__mutmut['x__plan__mutmut_6'] = x__plan__mutmut_6 # type: ignore # mutmut generated
mutants_x__plan__mutmut['x__plan__mutmut_7'] = x__plan__mutmut_7 # type: ignore # mutmut generated
mutants_x__plan__mutmut['x__plan__mutmut_8'] = x__plan__mutmut_8 # type: ignore # mutmut generated
mutants_x__plan__mutmut['x__plan__mutmut_9'] = x__plan__mutmut_9 # type: ignore # mutmut generated
mutants_x__plan__mutmut['x__plan__mutmut_10'] = x__plan__mutmut_10 # type: ignore # mutmut generated
mutants_x__plan__mutmut['x__plan__mutmut_11'] = x__plan__mutmut_11 # type: ignore # mutmut generated
mutants_x__plan__mutmut['x__plan__mutmut_12'] = x__plan__mutmut_12 # type: ignore # mutmut generated
mutants_x__plan__mutmut['x__plan__mutmut_13'] = x__plan__mutmut_13 # type: ignore # mutmut generated
mutants_x__plan__mutmut['x__plan__mutmut_14'] = x__plan__mutmut_14 # type: ignore # mutmut generated
mutants_x__plan__mutmut['x__plan__mutmut_15'] = x__plan__mutmut_15 # type: ignore # mutmut generated
mutants_x__plan__mutmut['x__plan__mutmut_16'] = x__plan__mutmut_16 # type: ignore # mutmut generated
mutants_x__plan__mutmut['x__plan__mutmut_17'] = x__plan__mutmut_17 # type: ignore # mutmut generated
mutants_x__plan__mutmut['x__plan__mutmut_18'] = x__plan__mutmut_18 # type: ignore # mutmut generated
mutants_x__plan__mutmut['x__plan__mutmut_19'] = x__plan__mutmut_19 # type: ignore # mutmut generated
mutants_x__plan__mutmut['x__plan__mutmut_20'] = x__plan__mutmut_20 # type: ignore # mutmut generated
mutants_x__plan__mutmut['x__plan__mutmut_21'] = x__plan__mutmut_21 # type: ignore # mutmut generated
mutants_x__plan__mutmut['x__plan__mutmut_22'] = x__plan__mutmut_22 # type: ignore # mutmut generated
mutants_x__plan__mutmut['x__plan__mutmut_23'] = x__plan__mutmut_23 # type: ignore # mutmut generated
mutants_x__plan__mutmut['x__plan__mutmut_24'] = x__plan__mutmut_24 # type: ignore # mutmut generated
mutants_x__plan__mutmut['x__plan__mutmut_25'] = x__plan__mutmut_25 # type: ignore # mutmut generated
mutants_x__plan__mutmut['x__plan__mutmut_26'] = x__plan__mutmut_26 # type: ignore # mutmut generated
mutants_x__plan__mutmut['x__plan__mutmut_27'] = x__plan__mutmut_27 # type: ignore # mutmut generated
mutants_x__plan__mutmut['x__plan__mutmut_28'] = x__plan__mutmut_28 # type: ignore # mutmut generated
mutants_x__plan__mutmut['x__plan__mutmut_29'] = x__plan__mutmut_29 # type: ignore # mutmut generated
mutants_x__plan__mutmut['x__plan__mutmut_30'] = x__plan__mutmut_30 # type: ignore # mutmut generated
mutants_x__plan__mutmut['x__plan__mutmut_31'] = x__plan__mutmut_31 # type: ignore # mutmut generated
mutants_x__plan__mutmut['x__plan__mutmut_32'] = x__plan__mutmut_32 # type: ignore # mutmut generated
mutants_x__plan__mutmut['x__plan__mutmut_33'] = x__plan__mutmut_33 # type: ignore # mutmut generated
mutants_x__plan__mutmut['x__plan__mutmut_34'] = x__plan__mutmut_34 # type: ignore # mutmut generated
mutants_x__plan__mutmut['x__plan__mutmut_35'] = x__plan__mutmut_35 # type: ignore # mutmut generated
mutants_x__plan__mutmut['x__plan__mutmut_36'] = x__plan__mutmut_36 # type: ignore # mutmut generated
mutants_x__plan__mutmut['x__plan__mutmut_37'] = x__plan__mutmut_37 # type: ignore # mutmut generated
mutants_x__plan__mutmut['x__plan__mutmut_38'] = x__plan__mutmut_38 # type: ignore # mutmut generated
mutants_x__plan__mutmut['x__plan__mutmut_39'] = x__plan__mutmut_39 # type: ignore # mutmut generated
mutants_x__plan__mutmut['x__plan__mutmut_40'] = x__plan__mutmut_40 # type: ignore # mutmut generated
mutants_x__plan__mutmut['x__plan__mutmut_41'] = x__plan__mutmut_41 # type: ignore # mutmut generated
mutants_x__plan__mutmut['x__plan__mutmut_42'] = x__plan__mutmut_42 # type: ignore # mutmut generated
mutants_x__plan__mutmut['x__plan__mutmut_43'] = x__plan__mutmut_43 # type: ignore # mutmut generated
mutants_x__plan__mutmut['x__plan__mutmut_44'] = x__plan__mutmut_44 # type: ignore # mutmut generated
mutants_x__plan__mutmut['x__plan__mutmut_45'] = x__plan__mutmut_45 # type: ignore # mutmut generated
mutants_x__plan__mutmut['x__plan__mutmut_46'] = x__plan__mutmut_46 # type: ignore # mutmut generated
mutants_x__plan__mutmut['x__plan__mutmut_47'] = x__plan__mutmut_47 # type: ignore # mutmut generated
mutants_x__plan__mutmut['x__plan__mutmut_48'] = x__plan__mutmut_48 # type: ignore # mutmut generated
mutants_x__plan__mutmut['x__plan__mutmut_49'] = x__plan__mutmut_49 # type: ignore # mutmut generated
mutants_x__plan__mutmut['x__plan__mutmut_50'] = x__plan__mutmut_50 # type: ignore # mutmut generated
mutants_x__plan__mutmut['x__plan__mutmut_51'] = x__plan__mutmut_51 # type: ignore # mutmut generated
mutants_x__plan__mutmut['x__plan__mutmut_52'] = x__plan__mutmut_52 # type: ignore # mutmut generated
mutants_x__plan__mutmut['x__plan__mutmut_53'] = x__plan__mutmut_53 # type: ignore # mutmut generated
mutants_x__plan__mutmut['x__plan__mutmut_54'] = x__plan__mutmut_54 # type: ignore # mutmut generated
mutants_x__plan__mutmut['x__plan__mutmut_55'] = x__plan__mutmut_55 # type: ignore # mutmut generated
mutants_xǁ_Importerǁ__init____mutmut: MutantDict = {}  # type: ignore
mutants_xǁ_Importerǁrecords__mutmut: MutantDict = {}  # type: ignore
mutants_xǁ_Importerǁ_record__mutmut: MutantDict = {}  # type: ignore
mutants_xǁ_Importerǁ_refuse__mutmut: MutantDict = {}  # type: ignore
mutants_xǁ_Importerǁ_orphan_lines__mutmut: MutantDict = {}  # type: ignore


class _Importer:
    """Reads the planned files in order and yields the records of the valid rows."""

    @_mutmut_mutated(mutants_xǁ_Importerǁ__init____mutmut)
    def __init__(
        self, plan: Sequence[_Planned], on_error: OnError, progress: Progress | None
    ) -> None:
        self.plan = plan
        self.stop = on_error == "stop"
        self.progress = progress
        self.run = _Run()
        self.refused: list[RefusedRow] = []
        self.counts: dict[str, int] = {p.table.name: 0 for p in plan}
        self.rows = 0
        lines = next((p.table for p in plan if p.table.name == "work_order_lines"), None)
        self.line_column = None if lines is None else lines.columns["work_order_number"]

    def xǁ_Importerǁ__init____mutmut_orig(
        self, plan: Sequence[_Planned], on_error: OnError, progress: Progress | None
    ) -> None:
        self.plan = plan
        self.stop = on_error == "stop"
        self.progress = progress
        self.run = _Run()
        self.refused: list[RefusedRow] = []
        self.counts: dict[str, int] = {p.table.name: 0 for p in plan}
        self.rows = 0
        lines = next((p.table for p in plan if p.table.name == "work_order_lines"), None)
        self.line_column = None if lines is None else lines.columns["work_order_number"]

    def xǁ_Importerǁ__init____mutmut_1(
        self, plan: Sequence[_Planned], on_error: OnError, progress: Progress | None
    ) -> None:
        self.plan = None
        self.stop = on_error == "stop"
        self.progress = progress
        self.run = _Run()
        self.refused: list[RefusedRow] = []
        self.counts: dict[str, int] = {p.table.name: 0 for p in plan}
        self.rows = 0
        lines = next((p.table for p in plan if p.table.name == "work_order_lines"), None)
        self.line_column = None if lines is None else lines.columns["work_order_number"]

    def xǁ_Importerǁ__init____mutmut_2(
        self, plan: Sequence[_Planned], on_error: OnError, progress: Progress | None
    ) -> None:
        self.plan = plan
        self.stop = None
        self.progress = progress
        self.run = _Run()
        self.refused: list[RefusedRow] = []
        self.counts: dict[str, int] = {p.table.name: 0 for p in plan}
        self.rows = 0
        lines = next((p.table for p in plan if p.table.name == "work_order_lines"), None)
        self.line_column = None if lines is None else lines.columns["work_order_number"]

    def xǁ_Importerǁ__init____mutmut_3(
        self, plan: Sequence[_Planned], on_error: OnError, progress: Progress | None
    ) -> None:
        self.plan = plan
        self.stop = on_error != "stop"
        self.progress = progress
        self.run = _Run()
        self.refused: list[RefusedRow] = []
        self.counts: dict[str, int] = {p.table.name: 0 for p in plan}
        self.rows = 0
        lines = next((p.table for p in plan if p.table.name == "work_order_lines"), None)
        self.line_column = None if lines is None else lines.columns["work_order_number"]

    def xǁ_Importerǁ__init____mutmut_4(
        self, plan: Sequence[_Planned], on_error: OnError, progress: Progress | None
    ) -> None:
        self.plan = plan
        self.stop = on_error == "XXstopXX"
        self.progress = progress
        self.run = _Run()
        self.refused: list[RefusedRow] = []
        self.counts: dict[str, int] = {p.table.name: 0 for p in plan}
        self.rows = 0
        lines = next((p.table for p in plan if p.table.name == "work_order_lines"), None)
        self.line_column = None if lines is None else lines.columns["work_order_number"]

    def xǁ_Importerǁ__init____mutmut_5(
        self, plan: Sequence[_Planned], on_error: OnError, progress: Progress | None
    ) -> None:
        self.plan = plan
        self.stop = on_error == "STOP"
        self.progress = progress
        self.run = _Run()
        self.refused: list[RefusedRow] = []
        self.counts: dict[str, int] = {p.table.name: 0 for p in plan}
        self.rows = 0
        lines = next((p.table for p in plan if p.table.name == "work_order_lines"), None)
        self.line_column = None if lines is None else lines.columns["work_order_number"]

    def xǁ_Importerǁ__init____mutmut_6(
        self, plan: Sequence[_Planned], on_error: OnError, progress: Progress | None
    ) -> None:
        self.plan = plan
        self.stop = on_error == "stop"
        self.progress = None
        self.run = _Run()
        self.refused: list[RefusedRow] = []
        self.counts: dict[str, int] = {p.table.name: 0 for p in plan}
        self.rows = 0
        lines = next((p.table for p in plan if p.table.name == "work_order_lines"), None)
        self.line_column = None if lines is None else lines.columns["work_order_number"]

    def xǁ_Importerǁ__init____mutmut_7(
        self, plan: Sequence[_Planned], on_error: OnError, progress: Progress | None
    ) -> None:
        self.plan = plan
        self.stop = on_error == "stop"
        self.progress = progress
        self.run = None
        self.refused: list[RefusedRow] = []
        self.counts: dict[str, int] = {p.table.name: 0 for p in plan}
        self.rows = 0
        lines = next((p.table for p in plan if p.table.name == "work_order_lines"), None)
        self.line_column = None if lines is None else lines.columns["work_order_number"]

    def xǁ_Importerǁ__init____mutmut_8(
        self, plan: Sequence[_Planned], on_error: OnError, progress: Progress | None
    ) -> None:
        self.plan = plan
        self.stop = on_error == "stop"
        self.progress = progress
        self.run = _Run()
        self.refused: list[RefusedRow] = None
        self.counts: dict[str, int] = {p.table.name: 0 for p in plan}
        self.rows = 0
        lines = next((p.table for p in plan if p.table.name == "work_order_lines"), None)
        self.line_column = None if lines is None else lines.columns["work_order_number"]

    def xǁ_Importerǁ__init____mutmut_9(
        self, plan: Sequence[_Planned], on_error: OnError, progress: Progress | None
    ) -> None:
        self.plan = plan
        self.stop = on_error == "stop"
        self.progress = progress
        self.run = _Run()
        self.refused: list[RefusedRow] = []
        self.counts: dict[str, int] = None
        self.rows = 0
        lines = next((p.table for p in plan if p.table.name == "work_order_lines"), None)
        self.line_column = None if lines is None else lines.columns["work_order_number"]

    def xǁ_Importerǁ__init____mutmut_10(
        self, plan: Sequence[_Planned], on_error: OnError, progress: Progress | None
    ) -> None:
        self.plan = plan
        self.stop = on_error == "stop"
        self.progress = progress
        self.run = _Run()
        self.refused: list[RefusedRow] = []
        self.counts: dict[str, int] = {p.table.name: 1 for p in plan}
        self.rows = 0
        lines = next((p.table for p in plan if p.table.name == "work_order_lines"), None)
        self.line_column = None if lines is None else lines.columns["work_order_number"]

    def xǁ_Importerǁ__init____mutmut_11(
        self, plan: Sequence[_Planned], on_error: OnError, progress: Progress | None
    ) -> None:
        self.plan = plan
        self.stop = on_error == "stop"
        self.progress = progress
        self.run = _Run()
        self.refused: list[RefusedRow] = []
        self.counts: dict[str, int] = {p.table.name: 0 for p in plan}
        self.rows = None
        lines = next((p.table for p in plan if p.table.name == "work_order_lines"), None)
        self.line_column = None if lines is None else lines.columns["work_order_number"]

    def xǁ_Importerǁ__init____mutmut_12(
        self, plan: Sequence[_Planned], on_error: OnError, progress: Progress | None
    ) -> None:
        self.plan = plan
        self.stop = on_error == "stop"
        self.progress = progress
        self.run = _Run()
        self.refused: list[RefusedRow] = []
        self.counts: dict[str, int] = {p.table.name: 0 for p in plan}
        self.rows = 1
        lines = next((p.table for p in plan if p.table.name == "work_order_lines"), None)
        self.line_column = None if lines is None else lines.columns["work_order_number"]

    def xǁ_Importerǁ__init____mutmut_13(
        self, plan: Sequence[_Planned], on_error: OnError, progress: Progress | None
    ) -> None:
        self.plan = plan
        self.stop = on_error == "stop"
        self.progress = progress
        self.run = _Run()
        self.refused: list[RefusedRow] = []
        self.counts: dict[str, int] = {p.table.name: 0 for p in plan}
        self.rows = 0
        lines = None
        self.line_column = None if lines is None else lines.columns["work_order_number"]

    def xǁ_Importerǁ__init____mutmut_14(
        self, plan: Sequence[_Planned], on_error: OnError, progress: Progress | None
    ) -> None:
        self.plan = plan
        self.stop = on_error == "stop"
        self.progress = progress
        self.run = _Run()
        self.refused: list[RefusedRow] = []
        self.counts: dict[str, int] = {p.table.name: 0 for p in plan}
        self.rows = 0
        lines = next(None, None)
        self.line_column = None if lines is None else lines.columns["work_order_number"]

    def xǁ_Importerǁ__init____mutmut_15(
        self, plan: Sequence[_Planned], on_error: OnError, progress: Progress | None
    ) -> None:
        self.plan = plan
        self.stop = on_error == "stop"
        self.progress = progress
        self.run = _Run()
        self.refused: list[RefusedRow] = []
        self.counts: dict[str, int] = {p.table.name: 0 for p in plan}
        self.rows = 0
        lines = next(None)
        self.line_column = None if lines is None else lines.columns["work_order_number"]

    def xǁ_Importerǁ__init____mutmut_16(
        self, plan: Sequence[_Planned], on_error: OnError, progress: Progress | None
    ) -> None:
        self.plan = plan
        self.stop = on_error == "stop"
        self.progress = progress
        self.run = _Run()
        self.refused: list[RefusedRow] = []
        self.counts: dict[str, int] = {p.table.name: 0 for p in plan}
        self.rows = 0
        lines = next((p.table for p in plan if p.table.name == "work_order_lines"), )
        self.line_column = None if lines is None else lines.columns["work_order_number"]

    def xǁ_Importerǁ__init____mutmut_17(
        self, plan: Sequence[_Planned], on_error: OnError, progress: Progress | None
    ) -> None:
        self.plan = plan
        self.stop = on_error == "stop"
        self.progress = progress
        self.run = _Run()
        self.refused: list[RefusedRow] = []
        self.counts: dict[str, int] = {p.table.name: 0 for p in plan}
        self.rows = 0
        lines = next((p.table for p in plan if p.table.name != "work_order_lines"), None)
        self.line_column = None if lines is None else lines.columns["work_order_number"]

    def xǁ_Importerǁ__init____mutmut_18(
        self, plan: Sequence[_Planned], on_error: OnError, progress: Progress | None
    ) -> None:
        self.plan = plan
        self.stop = on_error == "stop"
        self.progress = progress
        self.run = _Run()
        self.refused: list[RefusedRow] = []
        self.counts: dict[str, int] = {p.table.name: 0 for p in plan}
        self.rows = 0
        lines = next((p.table for p in plan if p.table.name == "XXwork_order_linesXX"), None)
        self.line_column = None if lines is None else lines.columns["work_order_number"]

    def xǁ_Importerǁ__init____mutmut_19(
        self, plan: Sequence[_Planned], on_error: OnError, progress: Progress | None
    ) -> None:
        self.plan = plan
        self.stop = on_error == "stop"
        self.progress = progress
        self.run = _Run()
        self.refused: list[RefusedRow] = []
        self.counts: dict[str, int] = {p.table.name: 0 for p in plan}
        self.rows = 0
        lines = next((p.table for p in plan if p.table.name == "WORK_ORDER_LINES"), None)
        self.line_column = None if lines is None else lines.columns["work_order_number"]

    def xǁ_Importerǁ__init____mutmut_20(
        self, plan: Sequence[_Planned], on_error: OnError, progress: Progress | None
    ) -> None:
        self.plan = plan
        self.stop = on_error == "stop"
        self.progress = progress
        self.run = _Run()
        self.refused: list[RefusedRow] = []
        self.counts: dict[str, int] = {p.table.name: 0 for p in plan}
        self.rows = 0
        lines = next((p.table for p in plan if p.table.name == "work_order_lines"), None)
        self.line_column = None

    def xǁ_Importerǁ__init____mutmut_21(
        self, plan: Sequence[_Planned], on_error: OnError, progress: Progress | None
    ) -> None:
        self.plan = plan
        self.stop = on_error == "stop"
        self.progress = progress
        self.run = _Run()
        self.refused: list[RefusedRow] = []
        self.counts: dict[str, int] = {p.table.name: 0 for p in plan}
        self.rows = 0
        lines = next((p.table for p in plan if p.table.name == "work_order_lines"), None)
        self.line_column = None if (lines is None) and False else lines.columns["work_order_number"]

    def xǁ_Importerǁ__init____mutmut_22(
        self, plan: Sequence[_Planned], on_error: OnError, progress: Progress | None
    ) -> None:
        self.plan = plan
        self.stop = on_error == "stop"
        self.progress = progress
        self.run = _Run()
        self.refused: list[RefusedRow] = []
        self.counts: dict[str, int] = {p.table.name: 0 for p in plan}
        self.rows = 0
        lines = next((p.table for p in plan if p.table.name == "work_order_lines"), None)
        self.line_column = None if (lines is None) or True else lines.columns["work_order_number"]

    def xǁ_Importerǁ__init____mutmut_23(
        self, plan: Sequence[_Planned], on_error: OnError, progress: Progress | None
    ) -> None:
        self.plan = plan
        self.stop = on_error == "stop"
        self.progress = progress
        self.run = _Run()
        self.refused: list[RefusedRow] = []
        self.counts: dict[str, int] = {p.table.name: 0 for p in plan}
        self.rows = 0
        lines = next((p.table for p in plan if p.table.name == "work_order_lines"), None)
        self.line_column = None if lines is not None else lines.columns["work_order_number"]

    def xǁ_Importerǁ__init____mutmut_24(
        self, plan: Sequence[_Planned], on_error: OnError, progress: Progress | None
    ) -> None:
        self.plan = plan
        self.stop = on_error == "stop"
        self.progress = progress
        self.run = _Run()
        self.refused: list[RefusedRow] = []
        self.counts: dict[str, int] = {p.table.name: 0 for p in plan}
        self.rows = 0
        lines = next((p.table for p in plan if p.table.name == "work_order_lines"), None)
        self.line_column = None if lines is None else lines.columns["XXwork_order_numberXX"]

    def xǁ_Importerǁ__init____mutmut_25(
        self, plan: Sequence[_Planned], on_error: OnError, progress: Progress | None
    ) -> None:
        self.plan = plan
        self.stop = on_error == "stop"
        self.progress = progress
        self.run = _Run()
        self.refused: list[RefusedRow] = []
        self.counts: dict[str, int] = {p.table.name: 0 for p in plan}
        self.rows = 0
        lines = next((p.table for p in plan if p.table.name == "work_order_lines"), None)
        self.line_column = None if lines is None else lines.columns["WORK_ORDER_NUMBER"]

    @_mutmut_mutated(mutants_xǁ_Importerǁrecords__mutmut)
    def records(self) -> Iterator[Any]:
        for planned in self.plan:
            table, source = planned.table, planned.source
            builder = _BUILDERS[table.name]
            kinds = FIELDS[table.name]
            columns = table.source_columns
            for batch in source.batches(columns, BATCH_ROWS):
                for number, row in batch:
                    record = self._record(table, source, kinds, builder, number, row)
                    if (
                        record is not None
                        and table.name != "work_order_lines"
                        and not (self.stop and self.refused)
                    ):
                        yield record
                self.rows += len(batch)
                if self.progress is not None:
                    self.progress(len(batch))
        self._orphan_lines()
        if self.stop and self.refused:
            raise _NothingWritten

    def xǁ_Importerǁrecords__mutmut_orig(self) -> Iterator[Any]:
        for planned in self.plan:
            table, source = planned.table, planned.source
            builder = _BUILDERS[table.name]
            kinds = FIELDS[table.name]
            columns = table.source_columns
            for batch in source.batches(columns, BATCH_ROWS):
                for number, row in batch:
                    record = self._record(table, source, kinds, builder, number, row)
                    if (
                        record is not None
                        and table.name != "work_order_lines"
                        and not (self.stop and self.refused)
                    ):
                        yield record
                self.rows += len(batch)
                if self.progress is not None:
                    self.progress(len(batch))
        self._orphan_lines()
        if self.stop and self.refused:
            raise _NothingWritten

    def xǁ_Importerǁrecords__mutmut_1(self) -> Iterator[Any]:
        for planned in self.plan:
            table, source = None
            builder = _BUILDERS[table.name]
            kinds = FIELDS[table.name]
            columns = table.source_columns
            for batch in source.batches(columns, BATCH_ROWS):
                for number, row in batch:
                    record = self._record(table, source, kinds, builder, number, row)
                    if (
                        record is not None
                        and table.name != "work_order_lines"
                        and not (self.stop and self.refused)
                    ):
                        yield record
                self.rows += len(batch)
                if self.progress is not None:
                    self.progress(len(batch))
        self._orphan_lines()
        if self.stop and self.refused:
            raise _NothingWritten

    def xǁ_Importerǁrecords__mutmut_2(self) -> Iterator[Any]:
        for planned in self.plan:
            table, source = planned.table, planned.source
            builder = None
            kinds = FIELDS[table.name]
            columns = table.source_columns
            for batch in source.batches(columns, BATCH_ROWS):
                for number, row in batch:
                    record = self._record(table, source, kinds, builder, number, row)
                    if (
                        record is not None
                        and table.name != "work_order_lines"
                        and not (self.stop and self.refused)
                    ):
                        yield record
                self.rows += len(batch)
                if self.progress is not None:
                    self.progress(len(batch))
        self._orphan_lines()
        if self.stop and self.refused:
            raise _NothingWritten

    def xǁ_Importerǁrecords__mutmut_3(self) -> Iterator[Any]:
        for planned in self.plan:
            table, source = planned.table, planned.source
            builder = _BUILDERS[table.name]
            kinds = None
            columns = table.source_columns
            for batch in source.batches(columns, BATCH_ROWS):
                for number, row in batch:
                    record = self._record(table, source, kinds, builder, number, row)
                    if (
                        record is not None
                        and table.name != "work_order_lines"
                        and not (self.stop and self.refused)
                    ):
                        yield record
                self.rows += len(batch)
                if self.progress is not None:
                    self.progress(len(batch))
        self._orphan_lines()
        if self.stop and self.refused:
            raise _NothingWritten

    def xǁ_Importerǁrecords__mutmut_4(self) -> Iterator[Any]:
        for planned in self.plan:
            table, source = planned.table, planned.source
            builder = _BUILDERS[table.name]
            kinds = FIELDS[table.name]
            columns = None
            for batch in source.batches(columns, BATCH_ROWS):
                for number, row in batch:
                    record = self._record(table, source, kinds, builder, number, row)
                    if (
                        record is not None
                        and table.name != "work_order_lines"
                        and not (self.stop and self.refused)
                    ):
                        yield record
                self.rows += len(batch)
                if self.progress is not None:
                    self.progress(len(batch))
        self._orphan_lines()
        if self.stop and self.refused:
            raise _NothingWritten

    def xǁ_Importerǁrecords__mutmut_5(self) -> Iterator[Any]:
        for planned in self.plan:
            table, source = planned.table, planned.source
            builder = _BUILDERS[table.name]
            kinds = FIELDS[table.name]
            columns = table.source_columns
            for batch in source.batches(None, BATCH_ROWS):
                for number, row in batch:
                    record = self._record(table, source, kinds, builder, number, row)
                    if (
                        record is not None
                        and table.name != "work_order_lines"
                        and not (self.stop and self.refused)
                    ):
                        yield record
                self.rows += len(batch)
                if self.progress is not None:
                    self.progress(len(batch))
        self._orphan_lines()
        if self.stop and self.refused:
            raise _NothingWritten

    def xǁ_Importerǁrecords__mutmut_6(self) -> Iterator[Any]:
        for planned in self.plan:
            table, source = planned.table, planned.source
            builder = _BUILDERS[table.name]
            kinds = FIELDS[table.name]
            columns = table.source_columns
            for batch in source.batches(columns, None):
                for number, row in batch:
                    record = self._record(table, source, kinds, builder, number, row)
                    if (
                        record is not None
                        and table.name != "work_order_lines"
                        and not (self.stop and self.refused)
                    ):
                        yield record
                self.rows += len(batch)
                if self.progress is not None:
                    self.progress(len(batch))
        self._orphan_lines()
        if self.stop and self.refused:
            raise _NothingWritten

    def xǁ_Importerǁrecords__mutmut_7(self) -> Iterator[Any]:
        for planned in self.plan:
            table, source = planned.table, planned.source
            builder = _BUILDERS[table.name]
            kinds = FIELDS[table.name]
            columns = table.source_columns
            for batch in source.batches(BATCH_ROWS):
                for number, row in batch:
                    record = self._record(table, source, kinds, builder, number, row)
                    if (
                        record is not None
                        and table.name != "work_order_lines"
                        and not (self.stop and self.refused)
                    ):
                        yield record
                self.rows += len(batch)
                if self.progress is not None:
                    self.progress(len(batch))
        self._orphan_lines()
        if self.stop and self.refused:
            raise _NothingWritten

    def xǁ_Importerǁrecords__mutmut_8(self) -> Iterator[Any]:
        for planned in self.plan:
            table, source = planned.table, planned.source
            builder = _BUILDERS[table.name]
            kinds = FIELDS[table.name]
            columns = table.source_columns
            for batch in source.batches(columns, ):
                for number, row in batch:
                    record = self._record(table, source, kinds, builder, number, row)
                    if (
                        record is not None
                        and table.name != "work_order_lines"
                        and not (self.stop and self.refused)
                    ):
                        yield record
                self.rows += len(batch)
                if self.progress is not None:
                    self.progress(len(batch))
        self._orphan_lines()
        if self.stop and self.refused:
            raise _NothingWritten

    def xǁ_Importerǁrecords__mutmut_9(self) -> Iterator[Any]:
        for planned in self.plan:
            table, source = planned.table, planned.source
            builder = _BUILDERS[table.name]
            kinds = FIELDS[table.name]
            columns = table.source_columns
            for batch in source.batches(columns, BATCH_ROWS):
                for number, row in batch:
                    record = None
                    if (
                        record is not None
                        and table.name != "work_order_lines"
                        and not (self.stop and self.refused)
                    ):
                        yield record
                self.rows += len(batch)
                if self.progress is not None:
                    self.progress(len(batch))
        self._orphan_lines()
        if self.stop and self.refused:
            raise _NothingWritten

    def xǁ_Importerǁrecords__mutmut_10(self) -> Iterator[Any]:
        for planned in self.plan:
            table, source = planned.table, planned.source
            builder = _BUILDERS[table.name]
            kinds = FIELDS[table.name]
            columns = table.source_columns
            for batch in source.batches(columns, BATCH_ROWS):
                for number, row in batch:
                    record = self._record(None, source, kinds, builder, number, row)
                    if (
                        record is not None
                        and table.name != "work_order_lines"
                        and not (self.stop and self.refused)
                    ):
                        yield record
                self.rows += len(batch)
                if self.progress is not None:
                    self.progress(len(batch))
        self._orphan_lines()
        if self.stop and self.refused:
            raise _NothingWritten

    def xǁ_Importerǁrecords__mutmut_11(self) -> Iterator[Any]:
        for planned in self.plan:
            table, source = planned.table, planned.source
            builder = _BUILDERS[table.name]
            kinds = FIELDS[table.name]
            columns = table.source_columns
            for batch in source.batches(columns, BATCH_ROWS):
                for number, row in batch:
                    record = self._record(table, None, kinds, builder, number, row)
                    if (
                        record is not None
                        and table.name != "work_order_lines"
                        and not (self.stop and self.refused)
                    ):
                        yield record
                self.rows += len(batch)
                if self.progress is not None:
                    self.progress(len(batch))
        self._orphan_lines()
        if self.stop and self.refused:
            raise _NothingWritten

    def xǁ_Importerǁrecords__mutmut_12(self) -> Iterator[Any]:
        for planned in self.plan:
            table, source = planned.table, planned.source
            builder = _BUILDERS[table.name]
            kinds = FIELDS[table.name]
            columns = table.source_columns
            for batch in source.batches(columns, BATCH_ROWS):
                for number, row in batch:
                    record = self._record(table, source, None, builder, number, row)
                    if (
                        record is not None
                        and table.name != "work_order_lines"
                        and not (self.stop and self.refused)
                    ):
                        yield record
                self.rows += len(batch)
                if self.progress is not None:
                    self.progress(len(batch))
        self._orphan_lines()
        if self.stop and self.refused:
            raise _NothingWritten

    def xǁ_Importerǁrecords__mutmut_13(self) -> Iterator[Any]:
        for planned in self.plan:
            table, source = planned.table, planned.source
            builder = _BUILDERS[table.name]
            kinds = FIELDS[table.name]
            columns = table.source_columns
            for batch in source.batches(columns, BATCH_ROWS):
                for number, row in batch:
                    record = self._record(table, source, kinds, None, number, row)
                    if (
                        record is not None
                        and table.name != "work_order_lines"
                        and not (self.stop and self.refused)
                    ):
                        yield record
                self.rows += len(batch)
                if self.progress is not None:
                    self.progress(len(batch))
        self._orphan_lines()
        if self.stop and self.refused:
            raise _NothingWritten

    def xǁ_Importerǁrecords__mutmut_14(self) -> Iterator[Any]:
        for planned in self.plan:
            table, source = planned.table, planned.source
            builder = _BUILDERS[table.name]
            kinds = FIELDS[table.name]
            columns = table.source_columns
            for batch in source.batches(columns, BATCH_ROWS):
                for number, row in batch:
                    record = self._record(table, source, kinds, builder, None, row)
                    if (
                        record is not None
                        and table.name != "work_order_lines"
                        and not (self.stop and self.refused)
                    ):
                        yield record
                self.rows += len(batch)
                if self.progress is not None:
                    self.progress(len(batch))
        self._orphan_lines()
        if self.stop and self.refused:
            raise _NothingWritten

    def xǁ_Importerǁrecords__mutmut_15(self) -> Iterator[Any]:
        for planned in self.plan:
            table, source = planned.table, planned.source
            builder = _BUILDERS[table.name]
            kinds = FIELDS[table.name]
            columns = table.source_columns
            for batch in source.batches(columns, BATCH_ROWS):
                for number, row in batch:
                    record = self._record(table, source, kinds, builder, number, None)
                    if (
                        record is not None
                        and table.name != "work_order_lines"
                        and not (self.stop and self.refused)
                    ):
                        yield record
                self.rows += len(batch)
                if self.progress is not None:
                    self.progress(len(batch))
        self._orphan_lines()
        if self.stop and self.refused:
            raise _NothingWritten

    def xǁ_Importerǁrecords__mutmut_16(self) -> Iterator[Any]:
        for planned in self.plan:
            table, source = planned.table, planned.source
            builder = _BUILDERS[table.name]
            kinds = FIELDS[table.name]
            columns = table.source_columns
            for batch in source.batches(columns, BATCH_ROWS):
                for number, row in batch:
                    record = self._record(source, kinds, builder, number, row)
                    if (
                        record is not None
                        and table.name != "work_order_lines"
                        and not (self.stop and self.refused)
                    ):
                        yield record
                self.rows += len(batch)
                if self.progress is not None:
                    self.progress(len(batch))
        self._orphan_lines()
        if self.stop and self.refused:
            raise _NothingWritten

    def xǁ_Importerǁrecords__mutmut_17(self) -> Iterator[Any]:
        for planned in self.plan:
            table, source = planned.table, planned.source
            builder = _BUILDERS[table.name]
            kinds = FIELDS[table.name]
            columns = table.source_columns
            for batch in source.batches(columns, BATCH_ROWS):
                for number, row in batch:
                    record = self._record(table, kinds, builder, number, row)
                    if (
                        record is not None
                        and table.name != "work_order_lines"
                        and not (self.stop and self.refused)
                    ):
                        yield record
                self.rows += len(batch)
                if self.progress is not None:
                    self.progress(len(batch))
        self._orphan_lines()
        if self.stop and self.refused:
            raise _NothingWritten

    def xǁ_Importerǁrecords__mutmut_18(self) -> Iterator[Any]:
        for planned in self.plan:
            table, source = planned.table, planned.source
            builder = _BUILDERS[table.name]
            kinds = FIELDS[table.name]
            columns = table.source_columns
            for batch in source.batches(columns, BATCH_ROWS):
                for number, row in batch:
                    record = self._record(table, source, builder, number, row)
                    if (
                        record is not None
                        and table.name != "work_order_lines"
                        and not (self.stop and self.refused)
                    ):
                        yield record
                self.rows += len(batch)
                if self.progress is not None:
                    self.progress(len(batch))
        self._orphan_lines()
        if self.stop and self.refused:
            raise _NothingWritten

    def xǁ_Importerǁrecords__mutmut_19(self) -> Iterator[Any]:
        for planned in self.plan:
            table, source = planned.table, planned.source
            builder = _BUILDERS[table.name]
            kinds = FIELDS[table.name]
            columns = table.source_columns
            for batch in source.batches(columns, BATCH_ROWS):
                for number, row in batch:
                    record = self._record(table, source, kinds, number, row)
                    if (
                        record is not None
                        and table.name != "work_order_lines"
                        and not (self.stop and self.refused)
                    ):
                        yield record
                self.rows += len(batch)
                if self.progress is not None:
                    self.progress(len(batch))
        self._orphan_lines()
        if self.stop and self.refused:
            raise _NothingWritten

    def xǁ_Importerǁrecords__mutmut_20(self) -> Iterator[Any]:
        for planned in self.plan:
            table, source = planned.table, planned.source
            builder = _BUILDERS[table.name]
            kinds = FIELDS[table.name]
            columns = table.source_columns
            for batch in source.batches(columns, BATCH_ROWS):
                for number, row in batch:
                    record = self._record(table, source, kinds, builder, row)
                    if (
                        record is not None
                        and table.name != "work_order_lines"
                        and not (self.stop and self.refused)
                    ):
                        yield record
                self.rows += len(batch)
                if self.progress is not None:
                    self.progress(len(batch))
        self._orphan_lines()
        if self.stop and self.refused:
            raise _NothingWritten

    def xǁ_Importerǁrecords__mutmut_21(self) -> Iterator[Any]:
        for planned in self.plan:
            table, source = planned.table, planned.source
            builder = _BUILDERS[table.name]
            kinds = FIELDS[table.name]
            columns = table.source_columns
            for batch in source.batches(columns, BATCH_ROWS):
                for number, row in batch:
                    record = self._record(table, source, kinds, builder, number, )
                    if (
                        record is not None
                        and table.name != "work_order_lines"
                        and not (self.stop and self.refused)
                    ):
                        yield record
                self.rows += len(batch)
                if self.progress is not None:
                    self.progress(len(batch))
        self._orphan_lines()
        if self.stop and self.refused:
            raise _NothingWritten

    def xǁ_Importerǁrecords__mutmut_22(self) -> Iterator[Any]:
        for planned in self.plan:
            table, source = planned.table, planned.source
            builder = _BUILDERS[table.name]
            kinds = FIELDS[table.name]
            columns = table.source_columns
            for batch in source.batches(columns, BATCH_ROWS):
                for number, row in batch:
                    record = self._record(table, source, kinds, builder, number, row)
                    if (
                        record is not None
                        and table.name != "work_order_lines" or not (self.stop and self.refused)
                    ):
                        yield record
                self.rows += len(batch)
                if self.progress is not None:
                    self.progress(len(batch))
        self._orphan_lines()
        if self.stop and self.refused:
            raise _NothingWritten

    def xǁ_Importerǁrecords__mutmut_23(self) -> Iterator[Any]:
        for planned in self.plan:
            table, source = planned.table, planned.source
            builder = _BUILDERS[table.name]
            kinds = FIELDS[table.name]
            columns = table.source_columns
            for batch in source.batches(columns, BATCH_ROWS):
                for number, row in batch:
                    record = self._record(table, source, kinds, builder, number, row)
                    if (
                        record is not None or table.name != "work_order_lines"
                        and not (self.stop and self.refused)
                    ):
                        yield record
                self.rows += len(batch)
                if self.progress is not None:
                    self.progress(len(batch))
        self._orphan_lines()
        if self.stop and self.refused:
            raise _NothingWritten

    def xǁ_Importerǁrecords__mutmut_24(self) -> Iterator[Any]:
        for planned in self.plan:
            table, source = planned.table, planned.source
            builder = _BUILDERS[table.name]
            kinds = FIELDS[table.name]
            columns = table.source_columns
            for batch in source.batches(columns, BATCH_ROWS):
                for number, row in batch:
                    record = self._record(table, source, kinds, builder, number, row)
                    if (
                        record is None
                        and table.name != "work_order_lines"
                        and not (self.stop and self.refused)
                    ):
                        yield record
                self.rows += len(batch)
                if self.progress is not None:
                    self.progress(len(batch))
        self._orphan_lines()
        if self.stop and self.refused:
            raise _NothingWritten

    def xǁ_Importerǁrecords__mutmut_25(self) -> Iterator[Any]:
        for planned in self.plan:
            table, source = planned.table, planned.source
            builder = _BUILDERS[table.name]
            kinds = FIELDS[table.name]
            columns = table.source_columns
            for batch in source.batches(columns, BATCH_ROWS):
                for number, row in batch:
                    record = self._record(table, source, kinds, builder, number, row)
                    if (
                        record is not None
                        and table.name == "work_order_lines"
                        and not (self.stop and self.refused)
                    ):
                        yield record
                self.rows += len(batch)
                if self.progress is not None:
                    self.progress(len(batch))
        self._orphan_lines()
        if self.stop and self.refused:
            raise _NothingWritten

    def xǁ_Importerǁrecords__mutmut_26(self) -> Iterator[Any]:
        for planned in self.plan:
            table, source = planned.table, planned.source
            builder = _BUILDERS[table.name]
            kinds = FIELDS[table.name]
            columns = table.source_columns
            for batch in source.batches(columns, BATCH_ROWS):
                for number, row in batch:
                    record = self._record(table, source, kinds, builder, number, row)
                    if (
                        record is not None
                        and table.name != "XXwork_order_linesXX"
                        and not (self.stop and self.refused)
                    ):
                        yield record
                self.rows += len(batch)
                if self.progress is not None:
                    self.progress(len(batch))
        self._orphan_lines()
        if self.stop and self.refused:
            raise _NothingWritten

    def xǁ_Importerǁrecords__mutmut_27(self) -> Iterator[Any]:
        for planned in self.plan:
            table, source = planned.table, planned.source
            builder = _BUILDERS[table.name]
            kinds = FIELDS[table.name]
            columns = table.source_columns
            for batch in source.batches(columns, BATCH_ROWS):
                for number, row in batch:
                    record = self._record(table, source, kinds, builder, number, row)
                    if (
                        record is not None
                        and table.name != "WORK_ORDER_LINES"
                        and not (self.stop and self.refused)
                    ):
                        yield record
                self.rows += len(batch)
                if self.progress is not None:
                    self.progress(len(batch))
        self._orphan_lines()
        if self.stop and self.refused:
            raise _NothingWritten

    def xǁ_Importerǁrecords__mutmut_28(self) -> Iterator[Any]:
        for planned in self.plan:
            table, source = planned.table, planned.source
            builder = _BUILDERS[table.name]
            kinds = FIELDS[table.name]
            columns = table.source_columns
            for batch in source.batches(columns, BATCH_ROWS):
                for number, row in batch:
                    record = self._record(table, source, kinds, builder, number, row)
                    if (
                        record is not None
                        and table.name != "work_order_lines"
                        and (self.stop and self.refused)
                    ):
                        yield record
                self.rows += len(batch)
                if self.progress is not None:
                    self.progress(len(batch))
        self._orphan_lines()
        if self.stop and self.refused:
            raise _NothingWritten

    def xǁ_Importerǁrecords__mutmut_29(self) -> Iterator[Any]:
        for planned in self.plan:
            table, source = planned.table, planned.source
            builder = _BUILDERS[table.name]
            kinds = FIELDS[table.name]
            columns = table.source_columns
            for batch in source.batches(columns, BATCH_ROWS):
                for number, row in batch:
                    record = self._record(table, source, kinds, builder, number, row)
                    if (
                        record is not None
                        and table.name != "work_order_lines"
                        and not (self.stop or self.refused)
                    ):
                        yield record
                self.rows += len(batch)
                if self.progress is not None:
                    self.progress(len(batch))
        self._orphan_lines()
        if self.stop and self.refused:
            raise _NothingWritten

    def xǁ_Importerǁrecords__mutmut_30(self) -> Iterator[Any]:
        for planned in self.plan:
            table, source = planned.table, planned.source
            builder = _BUILDERS[table.name]
            kinds = FIELDS[table.name]
            columns = table.source_columns
            for batch in source.batches(columns, BATCH_ROWS):
                for number, row in batch:
                    record = self._record(table, source, kinds, builder, number, row)
                    if (
                        record is not None
                        and table.name != "work_order_lines"
                        and not (self.stop and self.refused)
                    ):
                        yield record
                self.rows = len(batch)
                if self.progress is not None:
                    self.progress(len(batch))
        self._orphan_lines()
        if self.stop and self.refused:
            raise _NothingWritten

    def xǁ_Importerǁrecords__mutmut_31(self) -> Iterator[Any]:
        for planned in self.plan:
            table, source = planned.table, planned.source
            builder = _BUILDERS[table.name]
            kinds = FIELDS[table.name]
            columns = table.source_columns
            for batch in source.batches(columns, BATCH_ROWS):
                for number, row in batch:
                    record = self._record(table, source, kinds, builder, number, row)
                    if (
                        record is not None
                        and table.name != "work_order_lines"
                        and not (self.stop and self.refused)
                    ):
                        yield record
                self.rows -= len(batch)
                if self.progress is not None:
                    self.progress(len(batch))
        self._orphan_lines()
        if self.stop and self.refused:
            raise _NothingWritten

    def xǁ_Importerǁrecords__mutmut_32(self) -> Iterator[Any]:
        for planned in self.plan:
            table, source = planned.table, planned.source
            builder = _BUILDERS[table.name]
            kinds = FIELDS[table.name]
            columns = table.source_columns
            for batch in source.batches(columns, BATCH_ROWS):
                for number, row in batch:
                    record = self._record(table, source, kinds, builder, number, row)
                    if (
                        record is not None
                        and table.name != "work_order_lines"
                        and not (self.stop and self.refused)
                    ):
                        yield record
                self.rows += len(batch)
                if self.progress is None:
                    self.progress(len(batch))
        self._orphan_lines()
        if self.stop and self.refused:
            raise _NothingWritten

    def xǁ_Importerǁrecords__mutmut_33(self) -> Iterator[Any]:
        for planned in self.plan:
            table, source = planned.table, planned.source
            builder = _BUILDERS[table.name]
            kinds = FIELDS[table.name]
            columns = table.source_columns
            for batch in source.batches(columns, BATCH_ROWS):
                for number, row in batch:
                    record = self._record(table, source, kinds, builder, number, row)
                    if (
                        record is not None
                        and table.name != "work_order_lines"
                        and not (self.stop and self.refused)
                    ):
                        yield record
                self.rows += len(batch)
                if self.progress is not None:
                    self.progress(None)
        self._orphan_lines()
        if self.stop and self.refused:
            raise _NothingWritten

    def xǁ_Importerǁrecords__mutmut_34(self) -> Iterator[Any]:
        for planned in self.plan:
            table, source = planned.table, planned.source
            builder = _BUILDERS[table.name]
            kinds = FIELDS[table.name]
            columns = table.source_columns
            for batch in source.batches(columns, BATCH_ROWS):
                for number, row in batch:
                    record = self._record(table, source, kinds, builder, number, row)
                    if (
                        record is not None
                        and table.name != "work_order_lines"
                        and not (self.stop and self.refused)
                    ):
                        yield record
                self.rows += len(batch)
                if self.progress is not None:
                    self.progress(len(batch))
        self._orphan_lines()
        if self.stop or self.refused:
            raise _NothingWritten

    @_mutmut_mutated(mutants_xǁ_Importerǁ_record__mutmut)
    def _record(
        self,
        table: TableMapping,
        source: TableSource,
        kinds: Mapping[str, Any],
        builder: _Builder,
        number: int,
        row: dict[str, Any],
    ) -> Any:
        values: dict[str, Any] = {}
        try:
            for field, column in table.columns.items():
                cell = row[column]
                if cell is not None:
                    try:
                        values[field] = read_cell(table, field, kinds[field], cell)
                    except ValidationError as exc:
                        raise _Refused(field, str(exc)) from None
            if table.payer_amounts:
                values["_payer_lines"] = _payer_lines(table, row)
            record = builder(self.run, table, values)
        except _Refused as refusal:
            self._refuse(table, source, number, refusal.field, refusal.problem, row)
            return None
        except ValidationError as exc:
            self._refuse(table, source, number, exc.field or "?", str(exc), row)
            return None
        self.counts[table.name] += 1
        if table.name == "work_order_lines":
            order = values["work_order_number"]
            self.run.line_rows.setdefault(order, []).append((source.path.name, number))
        return record

    def xǁ_Importerǁ_record__mutmut_orig(
        self,
        table: TableMapping,
        source: TableSource,
        kinds: Mapping[str, Any],
        builder: _Builder,
        number: int,
        row: dict[str, Any],
    ) -> Any:
        values: dict[str, Any] = {}
        try:
            for field, column in table.columns.items():
                cell = row[column]
                if cell is not None:
                    try:
                        values[field] = read_cell(table, field, kinds[field], cell)
                    except ValidationError as exc:
                        raise _Refused(field, str(exc)) from None
            if table.payer_amounts:
                values["_payer_lines"] = _payer_lines(table, row)
            record = builder(self.run, table, values)
        except _Refused as refusal:
            self._refuse(table, source, number, refusal.field, refusal.problem, row)
            return None
        except ValidationError as exc:
            self._refuse(table, source, number, exc.field or "?", str(exc), row)
            return None
        self.counts[table.name] += 1
        if table.name == "work_order_lines":
            order = values["work_order_number"]
            self.run.line_rows.setdefault(order, []).append((source.path.name, number))
        return record

    def xǁ_Importerǁ_record__mutmut_1(
        self,
        table: TableMapping,
        source: TableSource,
        kinds: Mapping[str, Any],
        builder: _Builder,
        number: int,
        row: dict[str, Any],
    ) -> Any:
        values: dict[str, Any] = None
        try:
            for field, column in table.columns.items():
                cell = row[column]
                if cell is not None:
                    try:
                        values[field] = read_cell(table, field, kinds[field], cell)
                    except ValidationError as exc:
                        raise _Refused(field, str(exc)) from None
            if table.payer_amounts:
                values["_payer_lines"] = _payer_lines(table, row)
            record = builder(self.run, table, values)
        except _Refused as refusal:
            self._refuse(table, source, number, refusal.field, refusal.problem, row)
            return None
        except ValidationError as exc:
            self._refuse(table, source, number, exc.field or "?", str(exc), row)
            return None
        self.counts[table.name] += 1
        if table.name == "work_order_lines":
            order = values["work_order_number"]
            self.run.line_rows.setdefault(order, []).append((source.path.name, number))
        return record

    def xǁ_Importerǁ_record__mutmut_2(
        self,
        table: TableMapping,
        source: TableSource,
        kinds: Mapping[str, Any],
        builder: _Builder,
        number: int,
        row: dict[str, Any],
    ) -> Any:
        values: dict[str, Any] = {}
        try:
            for field, column in table.columns.items():
                cell = None
                if cell is not None:
                    try:
                        values[field] = read_cell(table, field, kinds[field], cell)
                    except ValidationError as exc:
                        raise _Refused(field, str(exc)) from None
            if table.payer_amounts:
                values["_payer_lines"] = _payer_lines(table, row)
            record = builder(self.run, table, values)
        except _Refused as refusal:
            self._refuse(table, source, number, refusal.field, refusal.problem, row)
            return None
        except ValidationError as exc:
            self._refuse(table, source, number, exc.field or "?", str(exc), row)
            return None
        self.counts[table.name] += 1
        if table.name == "work_order_lines":
            order = values["work_order_number"]
            self.run.line_rows.setdefault(order, []).append((source.path.name, number))
        return record

    def xǁ_Importerǁ_record__mutmut_3(
        self,
        table: TableMapping,
        source: TableSource,
        kinds: Mapping[str, Any],
        builder: _Builder,
        number: int,
        row: dict[str, Any],
    ) -> Any:
        values: dict[str, Any] = {}
        try:
            for field, column in table.columns.items():
                cell = row[column]
                if cell is None:
                    try:
                        values[field] = read_cell(table, field, kinds[field], cell)
                    except ValidationError as exc:
                        raise _Refused(field, str(exc)) from None
            if table.payer_amounts:
                values["_payer_lines"] = _payer_lines(table, row)
            record = builder(self.run, table, values)
        except _Refused as refusal:
            self._refuse(table, source, number, refusal.field, refusal.problem, row)
            return None
        except ValidationError as exc:
            self._refuse(table, source, number, exc.field or "?", str(exc), row)
            return None
        self.counts[table.name] += 1
        if table.name == "work_order_lines":
            order = values["work_order_number"]
            self.run.line_rows.setdefault(order, []).append((source.path.name, number))
        return record

    def xǁ_Importerǁ_record__mutmut_4(
        self,
        table: TableMapping,
        source: TableSource,
        kinds: Mapping[str, Any],
        builder: _Builder,
        number: int,
        row: dict[str, Any],
    ) -> Any:
        values: dict[str, Any] = {}
        try:
            for field, column in table.columns.items():
                cell = row[column]
                if cell is not None:
                    try:
                        values[field] = None
                    except ValidationError as exc:
                        raise _Refused(field, str(exc)) from None
            if table.payer_amounts:
                values["_payer_lines"] = _payer_lines(table, row)
            record = builder(self.run, table, values)
        except _Refused as refusal:
            self._refuse(table, source, number, refusal.field, refusal.problem, row)
            return None
        except ValidationError as exc:
            self._refuse(table, source, number, exc.field or "?", str(exc), row)
            return None
        self.counts[table.name] += 1
        if table.name == "work_order_lines":
            order = values["work_order_number"]
            self.run.line_rows.setdefault(order, []).append((source.path.name, number))
        return record

    def xǁ_Importerǁ_record__mutmut_5(
        self,
        table: TableMapping,
        source: TableSource,
        kinds: Mapping[str, Any],
        builder: _Builder,
        number: int,
        row: dict[str, Any],
    ) -> Any:
        values: dict[str, Any] = {}
        try:
            for field, column in table.columns.items():
                cell = row[column]
                if cell is not None:
                    try:
                        values[field] = read_cell(None, field, kinds[field], cell)
                    except ValidationError as exc:
                        raise _Refused(field, str(exc)) from None
            if table.payer_amounts:
                values["_payer_lines"] = _payer_lines(table, row)
            record = builder(self.run, table, values)
        except _Refused as refusal:
            self._refuse(table, source, number, refusal.field, refusal.problem, row)
            return None
        except ValidationError as exc:
            self._refuse(table, source, number, exc.field or "?", str(exc), row)
            return None
        self.counts[table.name] += 1
        if table.name == "work_order_lines":
            order = values["work_order_number"]
            self.run.line_rows.setdefault(order, []).append((source.path.name, number))
        return record

    def xǁ_Importerǁ_record__mutmut_6(
        self,
        table: TableMapping,
        source: TableSource,
        kinds: Mapping[str, Any],
        builder: _Builder,
        number: int,
        row: dict[str, Any],
    ) -> Any:
        values: dict[str, Any] = {}
        try:
            for field, column in table.columns.items():
                cell = row[column]
                if cell is not None:
                    try:
                        values[field] = read_cell(table, None, kinds[field], cell)
                    except ValidationError as exc:
                        raise _Refused(field, str(exc)) from None
            if table.payer_amounts:
                values["_payer_lines"] = _payer_lines(table, row)
            record = builder(self.run, table, values)
        except _Refused as refusal:
            self._refuse(table, source, number, refusal.field, refusal.problem, row)
            return None
        except ValidationError as exc:
            self._refuse(table, source, number, exc.field or "?", str(exc), row)
            return None
        self.counts[table.name] += 1
        if table.name == "work_order_lines":
            order = values["work_order_number"]
            self.run.line_rows.setdefault(order, []).append((source.path.name, number))
        return record

    def xǁ_Importerǁ_record__mutmut_7(
        self,
        table: TableMapping,
        source: TableSource,
        kinds: Mapping[str, Any],
        builder: _Builder,
        number: int,
        row: dict[str, Any],
    ) -> Any:
        values: dict[str, Any] = {}
        try:
            for field, column in table.columns.items():
                cell = row[column]
                if cell is not None:
                    try:
                        values[field] = read_cell(table, field, None, cell)
                    except ValidationError as exc:
                        raise _Refused(field, str(exc)) from None
            if table.payer_amounts:
                values["_payer_lines"] = _payer_lines(table, row)
            record = builder(self.run, table, values)
        except _Refused as refusal:
            self._refuse(table, source, number, refusal.field, refusal.problem, row)
            return None
        except ValidationError as exc:
            self._refuse(table, source, number, exc.field or "?", str(exc), row)
            return None
        self.counts[table.name] += 1
        if table.name == "work_order_lines":
            order = values["work_order_number"]
            self.run.line_rows.setdefault(order, []).append((source.path.name, number))
        return record

    def xǁ_Importerǁ_record__mutmut_8(
        self,
        table: TableMapping,
        source: TableSource,
        kinds: Mapping[str, Any],
        builder: _Builder,
        number: int,
        row: dict[str, Any],
    ) -> Any:
        values: dict[str, Any] = {}
        try:
            for field, column in table.columns.items():
                cell = row[column]
                if cell is not None:
                    try:
                        values[field] = read_cell(table, field, kinds[field], None)
                    except ValidationError as exc:
                        raise _Refused(field, str(exc)) from None
            if table.payer_amounts:
                values["_payer_lines"] = _payer_lines(table, row)
            record = builder(self.run, table, values)
        except _Refused as refusal:
            self._refuse(table, source, number, refusal.field, refusal.problem, row)
            return None
        except ValidationError as exc:
            self._refuse(table, source, number, exc.field or "?", str(exc), row)
            return None
        self.counts[table.name] += 1
        if table.name == "work_order_lines":
            order = values["work_order_number"]
            self.run.line_rows.setdefault(order, []).append((source.path.name, number))
        return record

    def xǁ_Importerǁ_record__mutmut_9(
        self,
        table: TableMapping,
        source: TableSource,
        kinds: Mapping[str, Any],
        builder: _Builder,
        number: int,
        row: dict[str, Any],
    ) -> Any:
        values: dict[str, Any] = {}
        try:
            for field, column in table.columns.items():
                cell = row[column]
                if cell is not None:
                    try:
                        values[field] = read_cell(field, kinds[field], cell)
                    except ValidationError as exc:
                        raise _Refused(field, str(exc)) from None
            if table.payer_amounts:
                values["_payer_lines"] = _payer_lines(table, row)
            record = builder(self.run, table, values)
        except _Refused as refusal:
            self._refuse(table, source, number, refusal.field, refusal.problem, row)
            return None
        except ValidationError as exc:
            self._refuse(table, source, number, exc.field or "?", str(exc), row)
            return None
        self.counts[table.name] += 1
        if table.name == "work_order_lines":
            order = values["work_order_number"]
            self.run.line_rows.setdefault(order, []).append((source.path.name, number))
        return record

    def xǁ_Importerǁ_record__mutmut_10(
        self,
        table: TableMapping,
        source: TableSource,
        kinds: Mapping[str, Any],
        builder: _Builder,
        number: int,
        row: dict[str, Any],
    ) -> Any:
        values: dict[str, Any] = {}
        try:
            for field, column in table.columns.items():
                cell = row[column]
                if cell is not None:
                    try:
                        values[field] = read_cell(table, kinds[field], cell)
                    except ValidationError as exc:
                        raise _Refused(field, str(exc)) from None
            if table.payer_amounts:
                values["_payer_lines"] = _payer_lines(table, row)
            record = builder(self.run, table, values)
        except _Refused as refusal:
            self._refuse(table, source, number, refusal.field, refusal.problem, row)
            return None
        except ValidationError as exc:
            self._refuse(table, source, number, exc.field or "?", str(exc), row)
            return None
        self.counts[table.name] += 1
        if table.name == "work_order_lines":
            order = values["work_order_number"]
            self.run.line_rows.setdefault(order, []).append((source.path.name, number))
        return record

    def xǁ_Importerǁ_record__mutmut_11(
        self,
        table: TableMapping,
        source: TableSource,
        kinds: Mapping[str, Any],
        builder: _Builder,
        number: int,
        row: dict[str, Any],
    ) -> Any:
        values: dict[str, Any] = {}
        try:
            for field, column in table.columns.items():
                cell = row[column]
                if cell is not None:
                    try:
                        values[field] = read_cell(table, field, cell)
                    except ValidationError as exc:
                        raise _Refused(field, str(exc)) from None
            if table.payer_amounts:
                values["_payer_lines"] = _payer_lines(table, row)
            record = builder(self.run, table, values)
        except _Refused as refusal:
            self._refuse(table, source, number, refusal.field, refusal.problem, row)
            return None
        except ValidationError as exc:
            self._refuse(table, source, number, exc.field or "?", str(exc), row)
            return None
        self.counts[table.name] += 1
        if table.name == "work_order_lines":
            order = values["work_order_number"]
            self.run.line_rows.setdefault(order, []).append((source.path.name, number))
        return record

    def xǁ_Importerǁ_record__mutmut_12(
        self,
        table: TableMapping,
        source: TableSource,
        kinds: Mapping[str, Any],
        builder: _Builder,
        number: int,
        row: dict[str, Any],
    ) -> Any:
        values: dict[str, Any] = {}
        try:
            for field, column in table.columns.items():
                cell = row[column]
                if cell is not None:
                    try:
                        values[field] = read_cell(table, field, kinds[field], )
                    except ValidationError as exc:
                        raise _Refused(field, str(exc)) from None
            if table.payer_amounts:
                values["_payer_lines"] = _payer_lines(table, row)
            record = builder(self.run, table, values)
        except _Refused as refusal:
            self._refuse(table, source, number, refusal.field, refusal.problem, row)
            return None
        except ValidationError as exc:
            self._refuse(table, source, number, exc.field or "?", str(exc), row)
            return None
        self.counts[table.name] += 1
        if table.name == "work_order_lines":
            order = values["work_order_number"]
            self.run.line_rows.setdefault(order, []).append((source.path.name, number))
        return record

    def xǁ_Importerǁ_record__mutmut_13(
        self,
        table: TableMapping,
        source: TableSource,
        kinds: Mapping[str, Any],
        builder: _Builder,
        number: int,
        row: dict[str, Any],
    ) -> Any:
        values: dict[str, Any] = {}
        try:
            for field, column in table.columns.items():
                cell = row[column]
                if cell is not None:
                    try:
                        values[field] = read_cell(table, field, kinds[field], cell)
                    except ValidationError as exc:
                        raise _Refused(None, str(exc)) from None
            if table.payer_amounts:
                values["_payer_lines"] = _payer_lines(table, row)
            record = builder(self.run, table, values)
        except _Refused as refusal:
            self._refuse(table, source, number, refusal.field, refusal.problem, row)
            return None
        except ValidationError as exc:
            self._refuse(table, source, number, exc.field or "?", str(exc), row)
            return None
        self.counts[table.name] += 1
        if table.name == "work_order_lines":
            order = values["work_order_number"]
            self.run.line_rows.setdefault(order, []).append((source.path.name, number))
        return record

    def xǁ_Importerǁ_record__mutmut_14(
        self,
        table: TableMapping,
        source: TableSource,
        kinds: Mapping[str, Any],
        builder: _Builder,
        number: int,
        row: dict[str, Any],
    ) -> Any:
        values: dict[str, Any] = {}
        try:
            for field, column in table.columns.items():
                cell = row[column]
                if cell is not None:
                    try:
                        values[field] = read_cell(table, field, kinds[field], cell)
                    except ValidationError as exc:
                        raise _Refused(field, None) from None
            if table.payer_amounts:
                values["_payer_lines"] = _payer_lines(table, row)
            record = builder(self.run, table, values)
        except _Refused as refusal:
            self._refuse(table, source, number, refusal.field, refusal.problem, row)
            return None
        except ValidationError as exc:
            self._refuse(table, source, number, exc.field or "?", str(exc), row)
            return None
        self.counts[table.name] += 1
        if table.name == "work_order_lines":
            order = values["work_order_number"]
            self.run.line_rows.setdefault(order, []).append((source.path.name, number))
        return record

    def xǁ_Importerǁ_record__mutmut_15(
        self,
        table: TableMapping,
        source: TableSource,
        kinds: Mapping[str, Any],
        builder: _Builder,
        number: int,
        row: dict[str, Any],
    ) -> Any:
        values: dict[str, Any] = {}
        try:
            for field, column in table.columns.items():
                cell = row[column]
                if cell is not None:
                    try:
                        values[field] = read_cell(table, field, kinds[field], cell)
                    except ValidationError as exc:
                        raise _Refused(str(exc)) from None
            if table.payer_amounts:
                values["_payer_lines"] = _payer_lines(table, row)
            record = builder(self.run, table, values)
        except _Refused as refusal:
            self._refuse(table, source, number, refusal.field, refusal.problem, row)
            return None
        except ValidationError as exc:
            self._refuse(table, source, number, exc.field or "?", str(exc), row)
            return None
        self.counts[table.name] += 1
        if table.name == "work_order_lines":
            order = values["work_order_number"]
            self.run.line_rows.setdefault(order, []).append((source.path.name, number))
        return record

    def xǁ_Importerǁ_record__mutmut_16(
        self,
        table: TableMapping,
        source: TableSource,
        kinds: Mapping[str, Any],
        builder: _Builder,
        number: int,
        row: dict[str, Any],
    ) -> Any:
        values: dict[str, Any] = {}
        try:
            for field, column in table.columns.items():
                cell = row[column]
                if cell is not None:
                    try:
                        values[field] = read_cell(table, field, kinds[field], cell)
                    except ValidationError as exc:
                        raise _Refused(field, ) from None
            if table.payer_amounts:
                values["_payer_lines"] = _payer_lines(table, row)
            record = builder(self.run, table, values)
        except _Refused as refusal:
            self._refuse(table, source, number, refusal.field, refusal.problem, row)
            return None
        except ValidationError as exc:
            self._refuse(table, source, number, exc.field or "?", str(exc), row)
            return None
        self.counts[table.name] += 1
        if table.name == "work_order_lines":
            order = values["work_order_number"]
            self.run.line_rows.setdefault(order, []).append((source.path.name, number))
        return record

    def xǁ_Importerǁ_record__mutmut_17(
        self,
        table: TableMapping,
        source: TableSource,
        kinds: Mapping[str, Any],
        builder: _Builder,
        number: int,
        row: dict[str, Any],
    ) -> Any:
        values: dict[str, Any] = {}
        try:
            for field, column in table.columns.items():
                cell = row[column]
                if cell is not None:
                    try:
                        values[field] = read_cell(table, field, kinds[field], cell)
                    except ValidationError as exc:
                        raise _Refused(field, str(None)) from None
            if table.payer_amounts:
                values["_payer_lines"] = _payer_lines(table, row)
            record = builder(self.run, table, values)
        except _Refused as refusal:
            self._refuse(table, source, number, refusal.field, refusal.problem, row)
            return None
        except ValidationError as exc:
            self._refuse(table, source, number, exc.field or "?", str(exc), row)
            return None
        self.counts[table.name] += 1
        if table.name == "work_order_lines":
            order = values["work_order_number"]
            self.run.line_rows.setdefault(order, []).append((source.path.name, number))
        return record

    def xǁ_Importerǁ_record__mutmut_18(
        self,
        table: TableMapping,
        source: TableSource,
        kinds: Mapping[str, Any],
        builder: _Builder,
        number: int,
        row: dict[str, Any],
    ) -> Any:
        values: dict[str, Any] = {}
        try:
            for field, column in table.columns.items():
                cell = row[column]
                if cell is not None:
                    try:
                        values[field] = read_cell(table, field, kinds[field], cell)
                    except ValidationError as exc:
                        raise _Refused(field, str(exc)) from None
            if table.payer_amounts:
                values["_payer_lines"] = None
            record = builder(self.run, table, values)
        except _Refused as refusal:
            self._refuse(table, source, number, refusal.field, refusal.problem, row)
            return None
        except ValidationError as exc:
            self._refuse(table, source, number, exc.field or "?", str(exc), row)
            return None
        self.counts[table.name] += 1
        if table.name == "work_order_lines":
            order = values["work_order_number"]
            self.run.line_rows.setdefault(order, []).append((source.path.name, number))
        return record

    def xǁ_Importerǁ_record__mutmut_19(
        self,
        table: TableMapping,
        source: TableSource,
        kinds: Mapping[str, Any],
        builder: _Builder,
        number: int,
        row: dict[str, Any],
    ) -> Any:
        values: dict[str, Any] = {}
        try:
            for field, column in table.columns.items():
                cell = row[column]
                if cell is not None:
                    try:
                        values[field] = read_cell(table, field, kinds[field], cell)
                    except ValidationError as exc:
                        raise _Refused(field, str(exc)) from None
            if table.payer_amounts:
                values["XX_payer_linesXX"] = _payer_lines(table, row)
            record = builder(self.run, table, values)
        except _Refused as refusal:
            self._refuse(table, source, number, refusal.field, refusal.problem, row)
            return None
        except ValidationError as exc:
            self._refuse(table, source, number, exc.field or "?", str(exc), row)
            return None
        self.counts[table.name] += 1
        if table.name == "work_order_lines":
            order = values["work_order_number"]
            self.run.line_rows.setdefault(order, []).append((source.path.name, number))
        return record

    def xǁ_Importerǁ_record__mutmut_20(
        self,
        table: TableMapping,
        source: TableSource,
        kinds: Mapping[str, Any],
        builder: _Builder,
        number: int,
        row: dict[str, Any],
    ) -> Any:
        values: dict[str, Any] = {}
        try:
            for field, column in table.columns.items():
                cell = row[column]
                if cell is not None:
                    try:
                        values[field] = read_cell(table, field, kinds[field], cell)
                    except ValidationError as exc:
                        raise _Refused(field, str(exc)) from None
            if table.payer_amounts:
                values["_PAYER_LINES"] = _payer_lines(table, row)
            record = builder(self.run, table, values)
        except _Refused as refusal:
            self._refuse(table, source, number, refusal.field, refusal.problem, row)
            return None
        except ValidationError as exc:
            self._refuse(table, source, number, exc.field or "?", str(exc), row)
            return None
        self.counts[table.name] += 1
        if table.name == "work_order_lines":
            order = values["work_order_number"]
            self.run.line_rows.setdefault(order, []).append((source.path.name, number))
        return record

    def xǁ_Importerǁ_record__mutmut_21(
        self,
        table: TableMapping,
        source: TableSource,
        kinds: Mapping[str, Any],
        builder: _Builder,
        number: int,
        row: dict[str, Any],
    ) -> Any:
        values: dict[str, Any] = {}
        try:
            for field, column in table.columns.items():
                cell = row[column]
                if cell is not None:
                    try:
                        values[field] = read_cell(table, field, kinds[field], cell)
                    except ValidationError as exc:
                        raise _Refused(field, str(exc)) from None
            if table.payer_amounts:
                values["_payer_lines"] = _payer_lines(None, row)
            record = builder(self.run, table, values)
        except _Refused as refusal:
            self._refuse(table, source, number, refusal.field, refusal.problem, row)
            return None
        except ValidationError as exc:
            self._refuse(table, source, number, exc.field or "?", str(exc), row)
            return None
        self.counts[table.name] += 1
        if table.name == "work_order_lines":
            order = values["work_order_number"]
            self.run.line_rows.setdefault(order, []).append((source.path.name, number))
        return record

    def xǁ_Importerǁ_record__mutmut_22(
        self,
        table: TableMapping,
        source: TableSource,
        kinds: Mapping[str, Any],
        builder: _Builder,
        number: int,
        row: dict[str, Any],
    ) -> Any:
        values: dict[str, Any] = {}
        try:
            for field, column in table.columns.items():
                cell = row[column]
                if cell is not None:
                    try:
                        values[field] = read_cell(table, field, kinds[field], cell)
                    except ValidationError as exc:
                        raise _Refused(field, str(exc)) from None
            if table.payer_amounts:
                values["_payer_lines"] = _payer_lines(table, None)
            record = builder(self.run, table, values)
        except _Refused as refusal:
            self._refuse(table, source, number, refusal.field, refusal.problem, row)
            return None
        except ValidationError as exc:
            self._refuse(table, source, number, exc.field or "?", str(exc), row)
            return None
        self.counts[table.name] += 1
        if table.name == "work_order_lines":
            order = values["work_order_number"]
            self.run.line_rows.setdefault(order, []).append((source.path.name, number))
        return record

    def xǁ_Importerǁ_record__mutmut_23(
        self,
        table: TableMapping,
        source: TableSource,
        kinds: Mapping[str, Any],
        builder: _Builder,
        number: int,
        row: dict[str, Any],
    ) -> Any:
        values: dict[str, Any] = {}
        try:
            for field, column in table.columns.items():
                cell = row[column]
                if cell is not None:
                    try:
                        values[field] = read_cell(table, field, kinds[field], cell)
                    except ValidationError as exc:
                        raise _Refused(field, str(exc)) from None
            if table.payer_amounts:
                values["_payer_lines"] = _payer_lines(row)
            record = builder(self.run, table, values)
        except _Refused as refusal:
            self._refuse(table, source, number, refusal.field, refusal.problem, row)
            return None
        except ValidationError as exc:
            self._refuse(table, source, number, exc.field or "?", str(exc), row)
            return None
        self.counts[table.name] += 1
        if table.name == "work_order_lines":
            order = values["work_order_number"]
            self.run.line_rows.setdefault(order, []).append((source.path.name, number))
        return record

    def xǁ_Importerǁ_record__mutmut_24(
        self,
        table: TableMapping,
        source: TableSource,
        kinds: Mapping[str, Any],
        builder: _Builder,
        number: int,
        row: dict[str, Any],
    ) -> Any:
        values: dict[str, Any] = {}
        try:
            for field, column in table.columns.items():
                cell = row[column]
                if cell is not None:
                    try:
                        values[field] = read_cell(table, field, kinds[field], cell)
                    except ValidationError as exc:
                        raise _Refused(field, str(exc)) from None
            if table.payer_amounts:
                values["_payer_lines"] = _payer_lines(table, )
            record = builder(self.run, table, values)
        except _Refused as refusal:
            self._refuse(table, source, number, refusal.field, refusal.problem, row)
            return None
        except ValidationError as exc:
            self._refuse(table, source, number, exc.field or "?", str(exc), row)
            return None
        self.counts[table.name] += 1
        if table.name == "work_order_lines":
            order = values["work_order_number"]
            self.run.line_rows.setdefault(order, []).append((source.path.name, number))
        return record

    def xǁ_Importerǁ_record__mutmut_25(
        self,
        table: TableMapping,
        source: TableSource,
        kinds: Mapping[str, Any],
        builder: _Builder,
        number: int,
        row: dict[str, Any],
    ) -> Any:
        values: dict[str, Any] = {}
        try:
            for field, column in table.columns.items():
                cell = row[column]
                if cell is not None:
                    try:
                        values[field] = read_cell(table, field, kinds[field], cell)
                    except ValidationError as exc:
                        raise _Refused(field, str(exc)) from None
            if table.payer_amounts:
                values["_payer_lines"] = _payer_lines(table, row)
            record = None
        except _Refused as refusal:
            self._refuse(table, source, number, refusal.field, refusal.problem, row)
            return None
        except ValidationError as exc:
            self._refuse(table, source, number, exc.field or "?", str(exc), row)
            return None
        self.counts[table.name] += 1
        if table.name == "work_order_lines":
            order = values["work_order_number"]
            self.run.line_rows.setdefault(order, []).append((source.path.name, number))
        return record

    def xǁ_Importerǁ_record__mutmut_26(
        self,
        table: TableMapping,
        source: TableSource,
        kinds: Mapping[str, Any],
        builder: _Builder,
        number: int,
        row: dict[str, Any],
    ) -> Any:
        values: dict[str, Any] = {}
        try:
            for field, column in table.columns.items():
                cell = row[column]
                if cell is not None:
                    try:
                        values[field] = read_cell(table, field, kinds[field], cell)
                    except ValidationError as exc:
                        raise _Refused(field, str(exc)) from None
            if table.payer_amounts:
                values["_payer_lines"] = _payer_lines(table, row)
            record = builder(None, table, values)
        except _Refused as refusal:
            self._refuse(table, source, number, refusal.field, refusal.problem, row)
            return None
        except ValidationError as exc:
            self._refuse(table, source, number, exc.field or "?", str(exc), row)
            return None
        self.counts[table.name] += 1
        if table.name == "work_order_lines":
            order = values["work_order_number"]
            self.run.line_rows.setdefault(order, []).append((source.path.name, number))
        return record

    def xǁ_Importerǁ_record__mutmut_27(
        self,
        table: TableMapping,
        source: TableSource,
        kinds: Mapping[str, Any],
        builder: _Builder,
        number: int,
        row: dict[str, Any],
    ) -> Any:
        values: dict[str, Any] = {}
        try:
            for field, column in table.columns.items():
                cell = row[column]
                if cell is not None:
                    try:
                        values[field] = read_cell(table, field, kinds[field], cell)
                    except ValidationError as exc:
                        raise _Refused(field, str(exc)) from None
            if table.payer_amounts:
                values["_payer_lines"] = _payer_lines(table, row)
            record = builder(self.run, None, values)
        except _Refused as refusal:
            self._refuse(table, source, number, refusal.field, refusal.problem, row)
            return None
        except ValidationError as exc:
            self._refuse(table, source, number, exc.field or "?", str(exc), row)
            return None
        self.counts[table.name] += 1
        if table.name == "work_order_lines":
            order = values["work_order_number"]
            self.run.line_rows.setdefault(order, []).append((source.path.name, number))
        return record

    def xǁ_Importerǁ_record__mutmut_28(
        self,
        table: TableMapping,
        source: TableSource,
        kinds: Mapping[str, Any],
        builder: _Builder,
        number: int,
        row: dict[str, Any],
    ) -> Any:
        values: dict[str, Any] = {}
        try:
            for field, column in table.columns.items():
                cell = row[column]
                if cell is not None:
                    try:
                        values[field] = read_cell(table, field, kinds[field], cell)
                    except ValidationError as exc:
                        raise _Refused(field, str(exc)) from None
            if table.payer_amounts:
                values["_payer_lines"] = _payer_lines(table, row)
            record = builder(self.run, table, None)
        except _Refused as refusal:
            self._refuse(table, source, number, refusal.field, refusal.problem, row)
            return None
        except ValidationError as exc:
            self._refuse(table, source, number, exc.field or "?", str(exc), row)
            return None
        self.counts[table.name] += 1
        if table.name == "work_order_lines":
            order = values["work_order_number"]
            self.run.line_rows.setdefault(order, []).append((source.path.name, number))
        return record

    def xǁ_Importerǁ_record__mutmut_29(
        self,
        table: TableMapping,
        source: TableSource,
        kinds: Mapping[str, Any],
        builder: _Builder,
        number: int,
        row: dict[str, Any],
    ) -> Any:
        values: dict[str, Any] = {}
        try:
            for field, column in table.columns.items():
                cell = row[column]
                if cell is not None:
                    try:
                        values[field] = read_cell(table, field, kinds[field], cell)
                    except ValidationError as exc:
                        raise _Refused(field, str(exc)) from None
            if table.payer_amounts:
                values["_payer_lines"] = _payer_lines(table, row)
            record = builder(table, values)
        except _Refused as refusal:
            self._refuse(table, source, number, refusal.field, refusal.problem, row)
            return None
        except ValidationError as exc:
            self._refuse(table, source, number, exc.field or "?", str(exc), row)
            return None
        self.counts[table.name] += 1
        if table.name == "work_order_lines":
            order = values["work_order_number"]
            self.run.line_rows.setdefault(order, []).append((source.path.name, number))
        return record

    def xǁ_Importerǁ_record__mutmut_30(
        self,
        table: TableMapping,
        source: TableSource,
        kinds: Mapping[str, Any],
        builder: _Builder,
        number: int,
        row: dict[str, Any],
    ) -> Any:
        values: dict[str, Any] = {}
        try:
            for field, column in table.columns.items():
                cell = row[column]
                if cell is not None:
                    try:
                        values[field] = read_cell(table, field, kinds[field], cell)
                    except ValidationError as exc:
                        raise _Refused(field, str(exc)) from None
            if table.payer_amounts:
                values["_payer_lines"] = _payer_lines(table, row)
            record = builder(self.run, values)
        except _Refused as refusal:
            self._refuse(table, source, number, refusal.field, refusal.problem, row)
            return None
        except ValidationError as exc:
            self._refuse(table, source, number, exc.field or "?", str(exc), row)
            return None
        self.counts[table.name] += 1
        if table.name == "work_order_lines":
            order = values["work_order_number"]
            self.run.line_rows.setdefault(order, []).append((source.path.name, number))
        return record

    def xǁ_Importerǁ_record__mutmut_31(
        self,
        table: TableMapping,
        source: TableSource,
        kinds: Mapping[str, Any],
        builder: _Builder,
        number: int,
        row: dict[str, Any],
    ) -> Any:
        values: dict[str, Any] = {}
        try:
            for field, column in table.columns.items():
                cell = row[column]
                if cell is not None:
                    try:
                        values[field] = read_cell(table, field, kinds[field], cell)
                    except ValidationError as exc:
                        raise _Refused(field, str(exc)) from None
            if table.payer_amounts:
                values["_payer_lines"] = _payer_lines(table, row)
            record = builder(self.run, table, )
        except _Refused as refusal:
            self._refuse(table, source, number, refusal.field, refusal.problem, row)
            return None
        except ValidationError as exc:
            self._refuse(table, source, number, exc.field or "?", str(exc), row)
            return None
        self.counts[table.name] += 1
        if table.name == "work_order_lines":
            order = values["work_order_number"]
            self.run.line_rows.setdefault(order, []).append((source.path.name, number))
        return record

    def xǁ_Importerǁ_record__mutmut_32(
        self,
        table: TableMapping,
        source: TableSource,
        kinds: Mapping[str, Any],
        builder: _Builder,
        number: int,
        row: dict[str, Any],
    ) -> Any:
        values: dict[str, Any] = {}
        try:
            for field, column in table.columns.items():
                cell = row[column]
                if cell is not None:
                    try:
                        values[field] = read_cell(table, field, kinds[field], cell)
                    except ValidationError as exc:
                        raise _Refused(field, str(exc)) from None
            if table.payer_amounts:
                values["_payer_lines"] = _payer_lines(table, row)
            record = builder(self.run, table, values)
        except _Refused as refusal:
            self._refuse(None, source, number, refusal.field, refusal.problem, row)
            return None
        except ValidationError as exc:
            self._refuse(table, source, number, exc.field or "?", str(exc), row)
            return None
        self.counts[table.name] += 1
        if table.name == "work_order_lines":
            order = values["work_order_number"]
            self.run.line_rows.setdefault(order, []).append((source.path.name, number))
        return record

    def xǁ_Importerǁ_record__mutmut_33(
        self,
        table: TableMapping,
        source: TableSource,
        kinds: Mapping[str, Any],
        builder: _Builder,
        number: int,
        row: dict[str, Any],
    ) -> Any:
        values: dict[str, Any] = {}
        try:
            for field, column in table.columns.items():
                cell = row[column]
                if cell is not None:
                    try:
                        values[field] = read_cell(table, field, kinds[field], cell)
                    except ValidationError as exc:
                        raise _Refused(field, str(exc)) from None
            if table.payer_amounts:
                values["_payer_lines"] = _payer_lines(table, row)
            record = builder(self.run, table, values)
        except _Refused as refusal:
            self._refuse(table, None, number, refusal.field, refusal.problem, row)
            return None
        except ValidationError as exc:
            self._refuse(table, source, number, exc.field or "?", str(exc), row)
            return None
        self.counts[table.name] += 1
        if table.name == "work_order_lines":
            order = values["work_order_number"]
            self.run.line_rows.setdefault(order, []).append((source.path.name, number))
        return record

    def xǁ_Importerǁ_record__mutmut_34(
        self,
        table: TableMapping,
        source: TableSource,
        kinds: Mapping[str, Any],
        builder: _Builder,
        number: int,
        row: dict[str, Any],
    ) -> Any:
        values: dict[str, Any] = {}
        try:
            for field, column in table.columns.items():
                cell = row[column]
                if cell is not None:
                    try:
                        values[field] = read_cell(table, field, kinds[field], cell)
                    except ValidationError as exc:
                        raise _Refused(field, str(exc)) from None
            if table.payer_amounts:
                values["_payer_lines"] = _payer_lines(table, row)
            record = builder(self.run, table, values)
        except _Refused as refusal:
            self._refuse(table, source, None, refusal.field, refusal.problem, row)
            return None
        except ValidationError as exc:
            self._refuse(table, source, number, exc.field or "?", str(exc), row)
            return None
        self.counts[table.name] += 1
        if table.name == "work_order_lines":
            order = values["work_order_number"]
            self.run.line_rows.setdefault(order, []).append((source.path.name, number))
        return record

    def xǁ_Importerǁ_record__mutmut_35(
        self,
        table: TableMapping,
        source: TableSource,
        kinds: Mapping[str, Any],
        builder: _Builder,
        number: int,
        row: dict[str, Any],
    ) -> Any:
        values: dict[str, Any] = {}
        try:
            for field, column in table.columns.items():
                cell = row[column]
                if cell is not None:
                    try:
                        values[field] = read_cell(table, field, kinds[field], cell)
                    except ValidationError as exc:
                        raise _Refused(field, str(exc)) from None
            if table.payer_amounts:
                values["_payer_lines"] = _payer_lines(table, row)
            record = builder(self.run, table, values)
        except _Refused as refusal:
            self._refuse(table, source, number, None, refusal.problem, row)
            return None
        except ValidationError as exc:
            self._refuse(table, source, number, exc.field or "?", str(exc), row)
            return None
        self.counts[table.name] += 1
        if table.name == "work_order_lines":
            order = values["work_order_number"]
            self.run.line_rows.setdefault(order, []).append((source.path.name, number))
        return record

    def xǁ_Importerǁ_record__mutmut_36(
        self,
        table: TableMapping,
        source: TableSource,
        kinds: Mapping[str, Any],
        builder: _Builder,
        number: int,
        row: dict[str, Any],
    ) -> Any:
        values: dict[str, Any] = {}
        try:
            for field, column in table.columns.items():
                cell = row[column]
                if cell is not None:
                    try:
                        values[field] = read_cell(table, field, kinds[field], cell)
                    except ValidationError as exc:
                        raise _Refused(field, str(exc)) from None
            if table.payer_amounts:
                values["_payer_lines"] = _payer_lines(table, row)
            record = builder(self.run, table, values)
        except _Refused as refusal:
            self._refuse(table, source, number, refusal.field, None, row)
            return None
        except ValidationError as exc:
            self._refuse(table, source, number, exc.field or "?", str(exc), row)
            return None
        self.counts[table.name] += 1
        if table.name == "work_order_lines":
            order = values["work_order_number"]
            self.run.line_rows.setdefault(order, []).append((source.path.name, number))
        return record

    def xǁ_Importerǁ_record__mutmut_37(
        self,
        table: TableMapping,
        source: TableSource,
        kinds: Mapping[str, Any],
        builder: _Builder,
        number: int,
        row: dict[str, Any],
    ) -> Any:
        values: dict[str, Any] = {}
        try:
            for field, column in table.columns.items():
                cell = row[column]
                if cell is not None:
                    try:
                        values[field] = read_cell(table, field, kinds[field], cell)
                    except ValidationError as exc:
                        raise _Refused(field, str(exc)) from None
            if table.payer_amounts:
                values["_payer_lines"] = _payer_lines(table, row)
            record = builder(self.run, table, values)
        except _Refused as refusal:
            self._refuse(table, source, number, refusal.field, refusal.problem, None)
            return None
        except ValidationError as exc:
            self._refuse(table, source, number, exc.field or "?", str(exc), row)
            return None
        self.counts[table.name] += 1
        if table.name == "work_order_lines":
            order = values["work_order_number"]
            self.run.line_rows.setdefault(order, []).append((source.path.name, number))
        return record

    def xǁ_Importerǁ_record__mutmut_38(
        self,
        table: TableMapping,
        source: TableSource,
        kinds: Mapping[str, Any],
        builder: _Builder,
        number: int,
        row: dict[str, Any],
    ) -> Any:
        values: dict[str, Any] = {}
        try:
            for field, column in table.columns.items():
                cell = row[column]
                if cell is not None:
                    try:
                        values[field] = read_cell(table, field, kinds[field], cell)
                    except ValidationError as exc:
                        raise _Refused(field, str(exc)) from None
            if table.payer_amounts:
                values["_payer_lines"] = _payer_lines(table, row)
            record = builder(self.run, table, values)
        except _Refused as refusal:
            self._refuse(source, number, refusal.field, refusal.problem, row)
            return None
        except ValidationError as exc:
            self._refuse(table, source, number, exc.field or "?", str(exc), row)
            return None
        self.counts[table.name] += 1
        if table.name == "work_order_lines":
            order = values["work_order_number"]
            self.run.line_rows.setdefault(order, []).append((source.path.name, number))
        return record

    def xǁ_Importerǁ_record__mutmut_39(
        self,
        table: TableMapping,
        source: TableSource,
        kinds: Mapping[str, Any],
        builder: _Builder,
        number: int,
        row: dict[str, Any],
    ) -> Any:
        values: dict[str, Any] = {}
        try:
            for field, column in table.columns.items():
                cell = row[column]
                if cell is not None:
                    try:
                        values[field] = read_cell(table, field, kinds[field], cell)
                    except ValidationError as exc:
                        raise _Refused(field, str(exc)) from None
            if table.payer_amounts:
                values["_payer_lines"] = _payer_lines(table, row)
            record = builder(self.run, table, values)
        except _Refused as refusal:
            self._refuse(table, number, refusal.field, refusal.problem, row)
            return None
        except ValidationError as exc:
            self._refuse(table, source, number, exc.field or "?", str(exc), row)
            return None
        self.counts[table.name] += 1
        if table.name == "work_order_lines":
            order = values["work_order_number"]
            self.run.line_rows.setdefault(order, []).append((source.path.name, number))
        return record

    def xǁ_Importerǁ_record__mutmut_40(
        self,
        table: TableMapping,
        source: TableSource,
        kinds: Mapping[str, Any],
        builder: _Builder,
        number: int,
        row: dict[str, Any],
    ) -> Any:
        values: dict[str, Any] = {}
        try:
            for field, column in table.columns.items():
                cell = row[column]
                if cell is not None:
                    try:
                        values[field] = read_cell(table, field, kinds[field], cell)
                    except ValidationError as exc:
                        raise _Refused(field, str(exc)) from None
            if table.payer_amounts:
                values["_payer_lines"] = _payer_lines(table, row)
            record = builder(self.run, table, values)
        except _Refused as refusal:
            self._refuse(table, source, refusal.field, refusal.problem, row)
            return None
        except ValidationError as exc:
            self._refuse(table, source, number, exc.field or "?", str(exc), row)
            return None
        self.counts[table.name] += 1
        if table.name == "work_order_lines":
            order = values["work_order_number"]
            self.run.line_rows.setdefault(order, []).append((source.path.name, number))
        return record

    def xǁ_Importerǁ_record__mutmut_41(
        self,
        table: TableMapping,
        source: TableSource,
        kinds: Mapping[str, Any],
        builder: _Builder,
        number: int,
        row: dict[str, Any],
    ) -> Any:
        values: dict[str, Any] = {}
        try:
            for field, column in table.columns.items():
                cell = row[column]
                if cell is not None:
                    try:
                        values[field] = read_cell(table, field, kinds[field], cell)
                    except ValidationError as exc:
                        raise _Refused(field, str(exc)) from None
            if table.payer_amounts:
                values["_payer_lines"] = _payer_lines(table, row)
            record = builder(self.run, table, values)
        except _Refused as refusal:
            self._refuse(table, source, number, refusal.problem, row)
            return None
        except ValidationError as exc:
            self._refuse(table, source, number, exc.field or "?", str(exc), row)
            return None
        self.counts[table.name] += 1
        if table.name == "work_order_lines":
            order = values["work_order_number"]
            self.run.line_rows.setdefault(order, []).append((source.path.name, number))
        return record

    def xǁ_Importerǁ_record__mutmut_42(
        self,
        table: TableMapping,
        source: TableSource,
        kinds: Mapping[str, Any],
        builder: _Builder,
        number: int,
        row: dict[str, Any],
    ) -> Any:
        values: dict[str, Any] = {}
        try:
            for field, column in table.columns.items():
                cell = row[column]
                if cell is not None:
                    try:
                        values[field] = read_cell(table, field, kinds[field], cell)
                    except ValidationError as exc:
                        raise _Refused(field, str(exc)) from None
            if table.payer_amounts:
                values["_payer_lines"] = _payer_lines(table, row)
            record = builder(self.run, table, values)
        except _Refused as refusal:
            self._refuse(table, source, number, refusal.field, row)
            return None
        except ValidationError as exc:
            self._refuse(table, source, number, exc.field or "?", str(exc), row)
            return None
        self.counts[table.name] += 1
        if table.name == "work_order_lines":
            order = values["work_order_number"]
            self.run.line_rows.setdefault(order, []).append((source.path.name, number))
        return record

    def xǁ_Importerǁ_record__mutmut_43(
        self,
        table: TableMapping,
        source: TableSource,
        kinds: Mapping[str, Any],
        builder: _Builder,
        number: int,
        row: dict[str, Any],
    ) -> Any:
        values: dict[str, Any] = {}
        try:
            for field, column in table.columns.items():
                cell = row[column]
                if cell is not None:
                    try:
                        values[field] = read_cell(table, field, kinds[field], cell)
                    except ValidationError as exc:
                        raise _Refused(field, str(exc)) from None
            if table.payer_amounts:
                values["_payer_lines"] = _payer_lines(table, row)
            record = builder(self.run, table, values)
        except _Refused as refusal:
            self._refuse(table, source, number, refusal.field, refusal.problem, )
            return None
        except ValidationError as exc:
            self._refuse(table, source, number, exc.field or "?", str(exc), row)
            return None
        self.counts[table.name] += 1
        if table.name == "work_order_lines":
            order = values["work_order_number"]
            self.run.line_rows.setdefault(order, []).append((source.path.name, number))
        return record

    def xǁ_Importerǁ_record__mutmut_44(
        self,
        table: TableMapping,
        source: TableSource,
        kinds: Mapping[str, Any],
        builder: _Builder,
        number: int,
        row: dict[str, Any],
    ) -> Any:
        values: dict[str, Any] = {}
        try:
            for field, column in table.columns.items():
                cell = row[column]
                if cell is not None:
                    try:
                        values[field] = read_cell(table, field, kinds[field], cell)
                    except ValidationError as exc:
                        raise _Refused(field, str(exc)) from None
            if table.payer_amounts:
                values["_payer_lines"] = _payer_lines(table, row)
            record = builder(self.run, table, values)
        except _Refused as refusal:
            self._refuse(table, source, number, refusal.field, refusal.problem, row)
            return None
        except ValidationError as exc:
            self._refuse(None, source, number, exc.field or "?", str(exc), row)
            return None
        self.counts[table.name] += 1
        if table.name == "work_order_lines":
            order = values["work_order_number"]
            self.run.line_rows.setdefault(order, []).append((source.path.name, number))
        return record

    def xǁ_Importerǁ_record__mutmut_45(
        self,
        table: TableMapping,
        source: TableSource,
        kinds: Mapping[str, Any],
        builder: _Builder,
        number: int,
        row: dict[str, Any],
    ) -> Any:
        values: dict[str, Any] = {}
        try:
            for field, column in table.columns.items():
                cell = row[column]
                if cell is not None:
                    try:
                        values[field] = read_cell(table, field, kinds[field], cell)
                    except ValidationError as exc:
                        raise _Refused(field, str(exc)) from None
            if table.payer_amounts:
                values["_payer_lines"] = _payer_lines(table, row)
            record = builder(self.run, table, values)
        except _Refused as refusal:
            self._refuse(table, source, number, refusal.field, refusal.problem, row)
            return None
        except ValidationError as exc:
            self._refuse(table, None, number, exc.field or "?", str(exc), row)
            return None
        self.counts[table.name] += 1
        if table.name == "work_order_lines":
            order = values["work_order_number"]
            self.run.line_rows.setdefault(order, []).append((source.path.name, number))
        return record

    def xǁ_Importerǁ_record__mutmut_46(
        self,
        table: TableMapping,
        source: TableSource,
        kinds: Mapping[str, Any],
        builder: _Builder,
        number: int,
        row: dict[str, Any],
    ) -> Any:
        values: dict[str, Any] = {}
        try:
            for field, column in table.columns.items():
                cell = row[column]
                if cell is not None:
                    try:
                        values[field] = read_cell(table, field, kinds[field], cell)
                    except ValidationError as exc:
                        raise _Refused(field, str(exc)) from None
            if table.payer_amounts:
                values["_payer_lines"] = _payer_lines(table, row)
            record = builder(self.run, table, values)
        except _Refused as refusal:
            self._refuse(table, source, number, refusal.field, refusal.problem, row)
            return None
        except ValidationError as exc:
            self._refuse(table, source, None, exc.field or "?", str(exc), row)
            return None
        self.counts[table.name] += 1
        if table.name == "work_order_lines":
            order = values["work_order_number"]
            self.run.line_rows.setdefault(order, []).append((source.path.name, number))
        return record

    def xǁ_Importerǁ_record__mutmut_47(
        self,
        table: TableMapping,
        source: TableSource,
        kinds: Mapping[str, Any],
        builder: _Builder,
        number: int,
        row: dict[str, Any],
    ) -> Any:
        values: dict[str, Any] = {}
        try:
            for field, column in table.columns.items():
                cell = row[column]
                if cell is not None:
                    try:
                        values[field] = read_cell(table, field, kinds[field], cell)
                    except ValidationError as exc:
                        raise _Refused(field, str(exc)) from None
            if table.payer_amounts:
                values["_payer_lines"] = _payer_lines(table, row)
            record = builder(self.run, table, values)
        except _Refused as refusal:
            self._refuse(table, source, number, refusal.field, refusal.problem, row)
            return None
        except ValidationError as exc:
            self._refuse(table, source, number, None, str(exc), row)
            return None
        self.counts[table.name] += 1
        if table.name == "work_order_lines":
            order = values["work_order_number"]
            self.run.line_rows.setdefault(order, []).append((source.path.name, number))
        return record

    def xǁ_Importerǁ_record__mutmut_48(
        self,
        table: TableMapping,
        source: TableSource,
        kinds: Mapping[str, Any],
        builder: _Builder,
        number: int,
        row: dict[str, Any],
    ) -> Any:
        values: dict[str, Any] = {}
        try:
            for field, column in table.columns.items():
                cell = row[column]
                if cell is not None:
                    try:
                        values[field] = read_cell(table, field, kinds[field], cell)
                    except ValidationError as exc:
                        raise _Refused(field, str(exc)) from None
            if table.payer_amounts:
                values["_payer_lines"] = _payer_lines(table, row)
            record = builder(self.run, table, values)
        except _Refused as refusal:
            self._refuse(table, source, number, refusal.field, refusal.problem, row)
            return None
        except ValidationError as exc:
            self._refuse(table, source, number, exc.field or "?", None, row)
            return None
        self.counts[table.name] += 1
        if table.name == "work_order_lines":
            order = values["work_order_number"]
            self.run.line_rows.setdefault(order, []).append((source.path.name, number))
        return record

    def xǁ_Importerǁ_record__mutmut_49(
        self,
        table: TableMapping,
        source: TableSource,
        kinds: Mapping[str, Any],
        builder: _Builder,
        number: int,
        row: dict[str, Any],
    ) -> Any:
        values: dict[str, Any] = {}
        try:
            for field, column in table.columns.items():
                cell = row[column]
                if cell is not None:
                    try:
                        values[field] = read_cell(table, field, kinds[field], cell)
                    except ValidationError as exc:
                        raise _Refused(field, str(exc)) from None
            if table.payer_amounts:
                values["_payer_lines"] = _payer_lines(table, row)
            record = builder(self.run, table, values)
        except _Refused as refusal:
            self._refuse(table, source, number, refusal.field, refusal.problem, row)
            return None
        except ValidationError as exc:
            self._refuse(table, source, number, exc.field or "?", str(exc), None)
            return None
        self.counts[table.name] += 1
        if table.name == "work_order_lines":
            order = values["work_order_number"]
            self.run.line_rows.setdefault(order, []).append((source.path.name, number))
        return record

    def xǁ_Importerǁ_record__mutmut_50(
        self,
        table: TableMapping,
        source: TableSource,
        kinds: Mapping[str, Any],
        builder: _Builder,
        number: int,
        row: dict[str, Any],
    ) -> Any:
        values: dict[str, Any] = {}
        try:
            for field, column in table.columns.items():
                cell = row[column]
                if cell is not None:
                    try:
                        values[field] = read_cell(table, field, kinds[field], cell)
                    except ValidationError as exc:
                        raise _Refused(field, str(exc)) from None
            if table.payer_amounts:
                values["_payer_lines"] = _payer_lines(table, row)
            record = builder(self.run, table, values)
        except _Refused as refusal:
            self._refuse(table, source, number, refusal.field, refusal.problem, row)
            return None
        except ValidationError as exc:
            self._refuse(source, number, exc.field or "?", str(exc), row)
            return None
        self.counts[table.name] += 1
        if table.name == "work_order_lines":
            order = values["work_order_number"]
            self.run.line_rows.setdefault(order, []).append((source.path.name, number))
        return record

    def xǁ_Importerǁ_record__mutmut_51(
        self,
        table: TableMapping,
        source: TableSource,
        kinds: Mapping[str, Any],
        builder: _Builder,
        number: int,
        row: dict[str, Any],
    ) -> Any:
        values: dict[str, Any] = {}
        try:
            for field, column in table.columns.items():
                cell = row[column]
                if cell is not None:
                    try:
                        values[field] = read_cell(table, field, kinds[field], cell)
                    except ValidationError as exc:
                        raise _Refused(field, str(exc)) from None
            if table.payer_amounts:
                values["_payer_lines"] = _payer_lines(table, row)
            record = builder(self.run, table, values)
        except _Refused as refusal:
            self._refuse(table, source, number, refusal.field, refusal.problem, row)
            return None
        except ValidationError as exc:
            self._refuse(table, number, exc.field or "?", str(exc), row)
            return None
        self.counts[table.name] += 1
        if table.name == "work_order_lines":
            order = values["work_order_number"]
            self.run.line_rows.setdefault(order, []).append((source.path.name, number))
        return record

    def xǁ_Importerǁ_record__mutmut_52(
        self,
        table: TableMapping,
        source: TableSource,
        kinds: Mapping[str, Any],
        builder: _Builder,
        number: int,
        row: dict[str, Any],
    ) -> Any:
        values: dict[str, Any] = {}
        try:
            for field, column in table.columns.items():
                cell = row[column]
                if cell is not None:
                    try:
                        values[field] = read_cell(table, field, kinds[field], cell)
                    except ValidationError as exc:
                        raise _Refused(field, str(exc)) from None
            if table.payer_amounts:
                values["_payer_lines"] = _payer_lines(table, row)
            record = builder(self.run, table, values)
        except _Refused as refusal:
            self._refuse(table, source, number, refusal.field, refusal.problem, row)
            return None
        except ValidationError as exc:
            self._refuse(table, source, exc.field or "?", str(exc), row)
            return None
        self.counts[table.name] += 1
        if table.name == "work_order_lines":
            order = values["work_order_number"]
            self.run.line_rows.setdefault(order, []).append((source.path.name, number))
        return record

    def xǁ_Importerǁ_record__mutmut_53(
        self,
        table: TableMapping,
        source: TableSource,
        kinds: Mapping[str, Any],
        builder: _Builder,
        number: int,
        row: dict[str, Any],
    ) -> Any:
        values: dict[str, Any] = {}
        try:
            for field, column in table.columns.items():
                cell = row[column]
                if cell is not None:
                    try:
                        values[field] = read_cell(table, field, kinds[field], cell)
                    except ValidationError as exc:
                        raise _Refused(field, str(exc)) from None
            if table.payer_amounts:
                values["_payer_lines"] = _payer_lines(table, row)
            record = builder(self.run, table, values)
        except _Refused as refusal:
            self._refuse(table, source, number, refusal.field, refusal.problem, row)
            return None
        except ValidationError as exc:
            self._refuse(table, source, number, str(exc), row)
            return None
        self.counts[table.name] += 1
        if table.name == "work_order_lines":
            order = values["work_order_number"]
            self.run.line_rows.setdefault(order, []).append((source.path.name, number))
        return record

    def xǁ_Importerǁ_record__mutmut_54(
        self,
        table: TableMapping,
        source: TableSource,
        kinds: Mapping[str, Any],
        builder: _Builder,
        number: int,
        row: dict[str, Any],
    ) -> Any:
        values: dict[str, Any] = {}
        try:
            for field, column in table.columns.items():
                cell = row[column]
                if cell is not None:
                    try:
                        values[field] = read_cell(table, field, kinds[field], cell)
                    except ValidationError as exc:
                        raise _Refused(field, str(exc)) from None
            if table.payer_amounts:
                values["_payer_lines"] = _payer_lines(table, row)
            record = builder(self.run, table, values)
        except _Refused as refusal:
            self._refuse(table, source, number, refusal.field, refusal.problem, row)
            return None
        except ValidationError as exc:
            self._refuse(table, source, number, exc.field or "?", row)
            return None
        self.counts[table.name] += 1
        if table.name == "work_order_lines":
            order = values["work_order_number"]
            self.run.line_rows.setdefault(order, []).append((source.path.name, number))
        return record

    def xǁ_Importerǁ_record__mutmut_55(
        self,
        table: TableMapping,
        source: TableSource,
        kinds: Mapping[str, Any],
        builder: _Builder,
        number: int,
        row: dict[str, Any],
    ) -> Any:
        values: dict[str, Any] = {}
        try:
            for field, column in table.columns.items():
                cell = row[column]
                if cell is not None:
                    try:
                        values[field] = read_cell(table, field, kinds[field], cell)
                    except ValidationError as exc:
                        raise _Refused(field, str(exc)) from None
            if table.payer_amounts:
                values["_payer_lines"] = _payer_lines(table, row)
            record = builder(self.run, table, values)
        except _Refused as refusal:
            self._refuse(table, source, number, refusal.field, refusal.problem, row)
            return None
        except ValidationError as exc:
            self._refuse(table, source, number, exc.field or "?", str(exc), )
            return None
        self.counts[table.name] += 1
        if table.name == "work_order_lines":
            order = values["work_order_number"]
            self.run.line_rows.setdefault(order, []).append((source.path.name, number))
        return record

    def xǁ_Importerǁ_record__mutmut_56(
        self,
        table: TableMapping,
        source: TableSource,
        kinds: Mapping[str, Any],
        builder: _Builder,
        number: int,
        row: dict[str, Any],
    ) -> Any:
        values: dict[str, Any] = {}
        try:
            for field, column in table.columns.items():
                cell = row[column]
                if cell is not None:
                    try:
                        values[field] = read_cell(table, field, kinds[field], cell)
                    except ValidationError as exc:
                        raise _Refused(field, str(exc)) from None
            if table.payer_amounts:
                values["_payer_lines"] = _payer_lines(table, row)
            record = builder(self.run, table, values)
        except _Refused as refusal:
            self._refuse(table, source, number, refusal.field, refusal.problem, row)
            return None
        except ValidationError as exc:
            self._refuse(table, source, number, exc.field and "?", str(exc), row)
            return None
        self.counts[table.name] += 1
        if table.name == "work_order_lines":
            order = values["work_order_number"]
            self.run.line_rows.setdefault(order, []).append((source.path.name, number))
        return record

    def xǁ_Importerǁ_record__mutmut_57(
        self,
        table: TableMapping,
        source: TableSource,
        kinds: Mapping[str, Any],
        builder: _Builder,
        number: int,
        row: dict[str, Any],
    ) -> Any:
        values: dict[str, Any] = {}
        try:
            for field, column in table.columns.items():
                cell = row[column]
                if cell is not None:
                    try:
                        values[field] = read_cell(table, field, kinds[field], cell)
                    except ValidationError as exc:
                        raise _Refused(field, str(exc)) from None
            if table.payer_amounts:
                values["_payer_lines"] = _payer_lines(table, row)
            record = builder(self.run, table, values)
        except _Refused as refusal:
            self._refuse(table, source, number, refusal.field, refusal.problem, row)
            return None
        except ValidationError as exc:
            self._refuse(table, source, number, exc.field or "XX?XX", str(exc), row)
            return None
        self.counts[table.name] += 1
        if table.name == "work_order_lines":
            order = values["work_order_number"]
            self.run.line_rows.setdefault(order, []).append((source.path.name, number))
        return record

    def xǁ_Importerǁ_record__mutmut_58(
        self,
        table: TableMapping,
        source: TableSource,
        kinds: Mapping[str, Any],
        builder: _Builder,
        number: int,
        row: dict[str, Any],
    ) -> Any:
        values: dict[str, Any] = {}
        try:
            for field, column in table.columns.items():
                cell = row[column]
                if cell is not None:
                    try:
                        values[field] = read_cell(table, field, kinds[field], cell)
                    except ValidationError as exc:
                        raise _Refused(field, str(exc)) from None
            if table.payer_amounts:
                values["_payer_lines"] = _payer_lines(table, row)
            record = builder(self.run, table, values)
        except _Refused as refusal:
            self._refuse(table, source, number, refusal.field, refusal.problem, row)
            return None
        except ValidationError as exc:
            self._refuse(table, source, number, exc.field or "?", str(None), row)
            return None
        self.counts[table.name] += 1
        if table.name == "work_order_lines":
            order = values["work_order_number"]
            self.run.line_rows.setdefault(order, []).append((source.path.name, number))
        return record

    def xǁ_Importerǁ_record__mutmut_59(
        self,
        table: TableMapping,
        source: TableSource,
        kinds: Mapping[str, Any],
        builder: _Builder,
        number: int,
        row: dict[str, Any],
    ) -> Any:
        values: dict[str, Any] = {}
        try:
            for field, column in table.columns.items():
                cell = row[column]
                if cell is not None:
                    try:
                        values[field] = read_cell(table, field, kinds[field], cell)
                    except ValidationError as exc:
                        raise _Refused(field, str(exc)) from None
            if table.payer_amounts:
                values["_payer_lines"] = _payer_lines(table, row)
            record = builder(self.run, table, values)
        except _Refused as refusal:
            self._refuse(table, source, number, refusal.field, refusal.problem, row)
            return None
        except ValidationError as exc:
            self._refuse(table, source, number, exc.field or "?", str(exc), row)
            return None
        self.counts[table.name] = 1
        if table.name == "work_order_lines":
            order = values["work_order_number"]
            self.run.line_rows.setdefault(order, []).append((source.path.name, number))
        return record

    def xǁ_Importerǁ_record__mutmut_60(
        self,
        table: TableMapping,
        source: TableSource,
        kinds: Mapping[str, Any],
        builder: _Builder,
        number: int,
        row: dict[str, Any],
    ) -> Any:
        values: dict[str, Any] = {}
        try:
            for field, column in table.columns.items():
                cell = row[column]
                if cell is not None:
                    try:
                        values[field] = read_cell(table, field, kinds[field], cell)
                    except ValidationError as exc:
                        raise _Refused(field, str(exc)) from None
            if table.payer_amounts:
                values["_payer_lines"] = _payer_lines(table, row)
            record = builder(self.run, table, values)
        except _Refused as refusal:
            self._refuse(table, source, number, refusal.field, refusal.problem, row)
            return None
        except ValidationError as exc:
            self._refuse(table, source, number, exc.field or "?", str(exc), row)
            return None
        self.counts[table.name] -= 1
        if table.name == "work_order_lines":
            order = values["work_order_number"]
            self.run.line_rows.setdefault(order, []).append((source.path.name, number))
        return record

    def xǁ_Importerǁ_record__mutmut_61(
        self,
        table: TableMapping,
        source: TableSource,
        kinds: Mapping[str, Any],
        builder: _Builder,
        number: int,
        row: dict[str, Any],
    ) -> Any:
        values: dict[str, Any] = {}
        try:
            for field, column in table.columns.items():
                cell = row[column]
                if cell is not None:
                    try:
                        values[field] = read_cell(table, field, kinds[field], cell)
                    except ValidationError as exc:
                        raise _Refused(field, str(exc)) from None
            if table.payer_amounts:
                values["_payer_lines"] = _payer_lines(table, row)
            record = builder(self.run, table, values)
        except _Refused as refusal:
            self._refuse(table, source, number, refusal.field, refusal.problem, row)
            return None
        except ValidationError as exc:
            self._refuse(table, source, number, exc.field or "?", str(exc), row)
            return None
        self.counts[table.name] += 2
        if table.name == "work_order_lines":
            order = values["work_order_number"]
            self.run.line_rows.setdefault(order, []).append((source.path.name, number))
        return record

    def xǁ_Importerǁ_record__mutmut_62(
        self,
        table: TableMapping,
        source: TableSource,
        kinds: Mapping[str, Any],
        builder: _Builder,
        number: int,
        row: dict[str, Any],
    ) -> Any:
        values: dict[str, Any] = {}
        try:
            for field, column in table.columns.items():
                cell = row[column]
                if cell is not None:
                    try:
                        values[field] = read_cell(table, field, kinds[field], cell)
                    except ValidationError as exc:
                        raise _Refused(field, str(exc)) from None
            if table.payer_amounts:
                values["_payer_lines"] = _payer_lines(table, row)
            record = builder(self.run, table, values)
        except _Refused as refusal:
            self._refuse(table, source, number, refusal.field, refusal.problem, row)
            return None
        except ValidationError as exc:
            self._refuse(table, source, number, exc.field or "?", str(exc), row)
            return None
        self.counts[table.name] += 1
        if table.name != "work_order_lines":
            order = values["work_order_number"]
            self.run.line_rows.setdefault(order, []).append((source.path.name, number))
        return record

    def xǁ_Importerǁ_record__mutmut_63(
        self,
        table: TableMapping,
        source: TableSource,
        kinds: Mapping[str, Any],
        builder: _Builder,
        number: int,
        row: dict[str, Any],
    ) -> Any:
        values: dict[str, Any] = {}
        try:
            for field, column in table.columns.items():
                cell = row[column]
                if cell is not None:
                    try:
                        values[field] = read_cell(table, field, kinds[field], cell)
                    except ValidationError as exc:
                        raise _Refused(field, str(exc)) from None
            if table.payer_amounts:
                values["_payer_lines"] = _payer_lines(table, row)
            record = builder(self.run, table, values)
        except _Refused as refusal:
            self._refuse(table, source, number, refusal.field, refusal.problem, row)
            return None
        except ValidationError as exc:
            self._refuse(table, source, number, exc.field or "?", str(exc), row)
            return None
        self.counts[table.name] += 1
        if table.name == "XXwork_order_linesXX":
            order = values["work_order_number"]
            self.run.line_rows.setdefault(order, []).append((source.path.name, number))
        return record

    def xǁ_Importerǁ_record__mutmut_64(
        self,
        table: TableMapping,
        source: TableSource,
        kinds: Mapping[str, Any],
        builder: _Builder,
        number: int,
        row: dict[str, Any],
    ) -> Any:
        values: dict[str, Any] = {}
        try:
            for field, column in table.columns.items():
                cell = row[column]
                if cell is not None:
                    try:
                        values[field] = read_cell(table, field, kinds[field], cell)
                    except ValidationError as exc:
                        raise _Refused(field, str(exc)) from None
            if table.payer_amounts:
                values["_payer_lines"] = _payer_lines(table, row)
            record = builder(self.run, table, values)
        except _Refused as refusal:
            self._refuse(table, source, number, refusal.field, refusal.problem, row)
            return None
        except ValidationError as exc:
            self._refuse(table, source, number, exc.field or "?", str(exc), row)
            return None
        self.counts[table.name] += 1
        if table.name == "WORK_ORDER_LINES":
            order = values["work_order_number"]
            self.run.line_rows.setdefault(order, []).append((source.path.name, number))
        return record

    def xǁ_Importerǁ_record__mutmut_65(
        self,
        table: TableMapping,
        source: TableSource,
        kinds: Mapping[str, Any],
        builder: _Builder,
        number: int,
        row: dict[str, Any],
    ) -> Any:
        values: dict[str, Any] = {}
        try:
            for field, column in table.columns.items():
                cell = row[column]
                if cell is not None:
                    try:
                        values[field] = read_cell(table, field, kinds[field], cell)
                    except ValidationError as exc:
                        raise _Refused(field, str(exc)) from None
            if table.payer_amounts:
                values["_payer_lines"] = _payer_lines(table, row)
            record = builder(self.run, table, values)
        except _Refused as refusal:
            self._refuse(table, source, number, refusal.field, refusal.problem, row)
            return None
        except ValidationError as exc:
            self._refuse(table, source, number, exc.field or "?", str(exc), row)
            return None
        self.counts[table.name] += 1
        if table.name == "work_order_lines":
            order = None
            self.run.line_rows.setdefault(order, []).append((source.path.name, number))
        return record

    def xǁ_Importerǁ_record__mutmut_66(
        self,
        table: TableMapping,
        source: TableSource,
        kinds: Mapping[str, Any],
        builder: _Builder,
        number: int,
        row: dict[str, Any],
    ) -> Any:
        values: dict[str, Any] = {}
        try:
            for field, column in table.columns.items():
                cell = row[column]
                if cell is not None:
                    try:
                        values[field] = read_cell(table, field, kinds[field], cell)
                    except ValidationError as exc:
                        raise _Refused(field, str(exc)) from None
            if table.payer_amounts:
                values["_payer_lines"] = _payer_lines(table, row)
            record = builder(self.run, table, values)
        except _Refused as refusal:
            self._refuse(table, source, number, refusal.field, refusal.problem, row)
            return None
        except ValidationError as exc:
            self._refuse(table, source, number, exc.field or "?", str(exc), row)
            return None
        self.counts[table.name] += 1
        if table.name == "work_order_lines":
            order = values["XXwork_order_numberXX"]
            self.run.line_rows.setdefault(order, []).append((source.path.name, number))
        return record

    def xǁ_Importerǁ_record__mutmut_67(
        self,
        table: TableMapping,
        source: TableSource,
        kinds: Mapping[str, Any],
        builder: _Builder,
        number: int,
        row: dict[str, Any],
    ) -> Any:
        values: dict[str, Any] = {}
        try:
            for field, column in table.columns.items():
                cell = row[column]
                if cell is not None:
                    try:
                        values[field] = read_cell(table, field, kinds[field], cell)
                    except ValidationError as exc:
                        raise _Refused(field, str(exc)) from None
            if table.payer_amounts:
                values["_payer_lines"] = _payer_lines(table, row)
            record = builder(self.run, table, values)
        except _Refused as refusal:
            self._refuse(table, source, number, refusal.field, refusal.problem, row)
            return None
        except ValidationError as exc:
            self._refuse(table, source, number, exc.field or "?", str(exc), row)
            return None
        self.counts[table.name] += 1
        if table.name == "work_order_lines":
            order = values["WORK_ORDER_NUMBER"]
            self.run.line_rows.setdefault(order, []).append((source.path.name, number))
        return record

    def xǁ_Importerǁ_record__mutmut_68(
        self,
        table: TableMapping,
        source: TableSource,
        kinds: Mapping[str, Any],
        builder: _Builder,
        number: int,
        row: dict[str, Any],
    ) -> Any:
        values: dict[str, Any] = {}
        try:
            for field, column in table.columns.items():
                cell = row[column]
                if cell is not None:
                    try:
                        values[field] = read_cell(table, field, kinds[field], cell)
                    except ValidationError as exc:
                        raise _Refused(field, str(exc)) from None
            if table.payer_amounts:
                values["_payer_lines"] = _payer_lines(table, row)
            record = builder(self.run, table, values)
        except _Refused as refusal:
            self._refuse(table, source, number, refusal.field, refusal.problem, row)
            return None
        except ValidationError as exc:
            self._refuse(table, source, number, exc.field or "?", str(exc), row)
            return None
        self.counts[table.name] += 1
        if table.name == "work_order_lines":
            order = values["work_order_number"]
            self.run.line_rows.setdefault(order, []).append(None)
        return record

    def xǁ_Importerǁ_record__mutmut_69(
        self,
        table: TableMapping,
        source: TableSource,
        kinds: Mapping[str, Any],
        builder: _Builder,
        number: int,
        row: dict[str, Any],
    ) -> Any:
        values: dict[str, Any] = {}
        try:
            for field, column in table.columns.items():
                cell = row[column]
                if cell is not None:
                    try:
                        values[field] = read_cell(table, field, kinds[field], cell)
                    except ValidationError as exc:
                        raise _Refused(field, str(exc)) from None
            if table.payer_amounts:
                values["_payer_lines"] = _payer_lines(table, row)
            record = builder(self.run, table, values)
        except _Refused as refusal:
            self._refuse(table, source, number, refusal.field, refusal.problem, row)
            return None
        except ValidationError as exc:
            self._refuse(table, source, number, exc.field or "?", str(exc), row)
            return None
        self.counts[table.name] += 1
        if table.name == "work_order_lines":
            order = values["work_order_number"]
            self.run.line_rows.setdefault(None, []).append((source.path.name, number))
        return record

    def xǁ_Importerǁ_record__mutmut_70(
        self,
        table: TableMapping,
        source: TableSource,
        kinds: Mapping[str, Any],
        builder: _Builder,
        number: int,
        row: dict[str, Any],
    ) -> Any:
        values: dict[str, Any] = {}
        try:
            for field, column in table.columns.items():
                cell = row[column]
                if cell is not None:
                    try:
                        values[field] = read_cell(table, field, kinds[field], cell)
                    except ValidationError as exc:
                        raise _Refused(field, str(exc)) from None
            if table.payer_amounts:
                values["_payer_lines"] = _payer_lines(table, row)
            record = builder(self.run, table, values)
        except _Refused as refusal:
            self._refuse(table, source, number, refusal.field, refusal.problem, row)
            return None
        except ValidationError as exc:
            self._refuse(table, source, number, exc.field or "?", str(exc), row)
            return None
        self.counts[table.name] += 1
        if table.name == "work_order_lines":
            order = values["work_order_number"]
            self.run.line_rows.setdefault(order, None).append((source.path.name, number))
        return record

    def xǁ_Importerǁ_record__mutmut_71(
        self,
        table: TableMapping,
        source: TableSource,
        kinds: Mapping[str, Any],
        builder: _Builder,
        number: int,
        row: dict[str, Any],
    ) -> Any:
        values: dict[str, Any] = {}
        try:
            for field, column in table.columns.items():
                cell = row[column]
                if cell is not None:
                    try:
                        values[field] = read_cell(table, field, kinds[field], cell)
                    except ValidationError as exc:
                        raise _Refused(field, str(exc)) from None
            if table.payer_amounts:
                values["_payer_lines"] = _payer_lines(table, row)
            record = builder(self.run, table, values)
        except _Refused as refusal:
            self._refuse(table, source, number, refusal.field, refusal.problem, row)
            return None
        except ValidationError as exc:
            self._refuse(table, source, number, exc.field or "?", str(exc), row)
            return None
        self.counts[table.name] += 1
        if table.name == "work_order_lines":
            order = values["work_order_number"]
            self.run.line_rows.setdefault([]).append((source.path.name, number))
        return record

    def xǁ_Importerǁ_record__mutmut_72(
        self,
        table: TableMapping,
        source: TableSource,
        kinds: Mapping[str, Any],
        builder: _Builder,
        number: int,
        row: dict[str, Any],
    ) -> Any:
        values: dict[str, Any] = {}
        try:
            for field, column in table.columns.items():
                cell = row[column]
                if cell is not None:
                    try:
                        values[field] = read_cell(table, field, kinds[field], cell)
                    except ValidationError as exc:
                        raise _Refused(field, str(exc)) from None
            if table.payer_amounts:
                values["_payer_lines"] = _payer_lines(table, row)
            record = builder(self.run, table, values)
        except _Refused as refusal:
            self._refuse(table, source, number, refusal.field, refusal.problem, row)
            return None
        except ValidationError as exc:
            self._refuse(table, source, number, exc.field or "?", str(exc), row)
            return None
        self.counts[table.name] += 1
        if table.name == "work_order_lines":
            order = values["work_order_number"]
            self.run.line_rows.setdefault(order, ).append((source.path.name, number))
        return record

    @_mutmut_mutated(mutants_xǁ_Importerǁ_refuse__mutmut)
    def _refuse(
        self,
        table: TableMapping,
        source: TableSource,
        number: int,
        field: str,
        problem: str,
        row: dict[str, Any],
    ) -> None:
        if table.name == "work_order_lines":
            # Keep the work order out too: its totals would be wrong without the line.
            order = row.get(table.columns["work_order_number"])
            if order is not None:
                self.run.bad_lines.setdefault(str(order).strip(), (source.path.name, number))
        column = table.columns.get(field) or table.payer_amounts.get(field)
        cell = None if column is None else row.get(column)
        value = "" if cell is None else str(cell)
        self.refused.append(
            RefusedRow(source.path.name, number, table.name, field, column, value, problem)
        )

    def xǁ_Importerǁ_refuse__mutmut_orig(
        self,
        table: TableMapping,
        source: TableSource,
        number: int,
        field: str,
        problem: str,
        row: dict[str, Any],
    ) -> None:
        if table.name == "work_order_lines":
            # Keep the work order out too: its totals would be wrong without the line.
            order = row.get(table.columns["work_order_number"])
            if order is not None:
                self.run.bad_lines.setdefault(str(order).strip(), (source.path.name, number))
        column = table.columns.get(field) or table.payer_amounts.get(field)
        cell = None if column is None else row.get(column)
        value = "" if cell is None else str(cell)
        self.refused.append(
            RefusedRow(source.path.name, number, table.name, field, column, value, problem)
        )

    def xǁ_Importerǁ_refuse__mutmut_1(
        self,
        table: TableMapping,
        source: TableSource,
        number: int,
        field: str,
        problem: str,
        row: dict[str, Any],
    ) -> None:
        if table.name != "work_order_lines":
            # Keep the work order out too: its totals would be wrong without the line.
            order = row.get(table.columns["work_order_number"])
            if order is not None:
                self.run.bad_lines.setdefault(str(order).strip(), (source.path.name, number))
        column = table.columns.get(field) or table.payer_amounts.get(field)
        cell = None if column is None else row.get(column)
        value = "" if cell is None else str(cell)
        self.refused.append(
            RefusedRow(source.path.name, number, table.name, field, column, value, problem)
        )

    def xǁ_Importerǁ_refuse__mutmut_2(
        self,
        table: TableMapping,
        source: TableSource,
        number: int,
        field: str,
        problem: str,
        row: dict[str, Any],
    ) -> None:
        if table.name == "XXwork_order_linesXX":
            # Keep the work order out too: its totals would be wrong without the line.
            order = row.get(table.columns["work_order_number"])
            if order is not None:
                self.run.bad_lines.setdefault(str(order).strip(), (source.path.name, number))
        column = table.columns.get(field) or table.payer_amounts.get(field)
        cell = None if column is None else row.get(column)
        value = "" if cell is None else str(cell)
        self.refused.append(
            RefusedRow(source.path.name, number, table.name, field, column, value, problem)
        )

    def xǁ_Importerǁ_refuse__mutmut_3(
        self,
        table: TableMapping,
        source: TableSource,
        number: int,
        field: str,
        problem: str,
        row: dict[str, Any],
    ) -> None:
        if table.name == "WORK_ORDER_LINES":
            # Keep the work order out too: its totals would be wrong without the line.
            order = row.get(table.columns["work_order_number"])
            if order is not None:
                self.run.bad_lines.setdefault(str(order).strip(), (source.path.name, number))
        column = table.columns.get(field) or table.payer_amounts.get(field)
        cell = None if column is None else row.get(column)
        value = "" if cell is None else str(cell)
        self.refused.append(
            RefusedRow(source.path.name, number, table.name, field, column, value, problem)
        )

    def xǁ_Importerǁ_refuse__mutmut_4(
        self,
        table: TableMapping,
        source: TableSource,
        number: int,
        field: str,
        problem: str,
        row: dict[str, Any],
    ) -> None:
        if table.name == "work_order_lines":
            # Keep the work order out too: its totals would be wrong without the line.
            order = None
            if order is not None:
                self.run.bad_lines.setdefault(str(order).strip(), (source.path.name, number))
        column = table.columns.get(field) or table.payer_amounts.get(field)
        cell = None if column is None else row.get(column)
        value = "" if cell is None else str(cell)
        self.refused.append(
            RefusedRow(source.path.name, number, table.name, field, column, value, problem)
        )

    def xǁ_Importerǁ_refuse__mutmut_5(
        self,
        table: TableMapping,
        source: TableSource,
        number: int,
        field: str,
        problem: str,
        row: dict[str, Any],
    ) -> None:
        if table.name == "work_order_lines":
            # Keep the work order out too: its totals would be wrong without the line.
            order = row.get(None)
            if order is not None:
                self.run.bad_lines.setdefault(str(order).strip(), (source.path.name, number))
        column = table.columns.get(field) or table.payer_amounts.get(field)
        cell = None if column is None else row.get(column)
        value = "" if cell is None else str(cell)
        self.refused.append(
            RefusedRow(source.path.name, number, table.name, field, column, value, problem)
        )

    def xǁ_Importerǁ_refuse__mutmut_6(
        self,
        table: TableMapping,
        source: TableSource,
        number: int,
        field: str,
        problem: str,
        row: dict[str, Any],
    ) -> None:
        if table.name == "work_order_lines":
            # Keep the work order out too: its totals would be wrong without the line.
            order = row.get(table.columns["XXwork_order_numberXX"])
            if order is not None:
                self.run.bad_lines.setdefault(str(order).strip(), (source.path.name, number))
        column = table.columns.get(field) or table.payer_amounts.get(field)
        cell = None if column is None else row.get(column)
        value = "" if cell is None else str(cell)
        self.refused.append(
            RefusedRow(source.path.name, number, table.name, field, column, value, problem)
        )

    def xǁ_Importerǁ_refuse__mutmut_7(
        self,
        table: TableMapping,
        source: TableSource,
        number: int,
        field: str,
        problem: str,
        row: dict[str, Any],
    ) -> None:
        if table.name == "work_order_lines":
            # Keep the work order out too: its totals would be wrong without the line.
            order = row.get(table.columns["WORK_ORDER_NUMBER"])
            if order is not None:
                self.run.bad_lines.setdefault(str(order).strip(), (source.path.name, number))
        column = table.columns.get(field) or table.payer_amounts.get(field)
        cell = None if column is None else row.get(column)
        value = "" if cell is None else str(cell)
        self.refused.append(
            RefusedRow(source.path.name, number, table.name, field, column, value, problem)
        )

    def xǁ_Importerǁ_refuse__mutmut_8(
        self,
        table: TableMapping,
        source: TableSource,
        number: int,
        field: str,
        problem: str,
        row: dict[str, Any],
    ) -> None:
        if table.name == "work_order_lines":
            # Keep the work order out too: its totals would be wrong without the line.
            order = row.get(table.columns["work_order_number"])
            if order is None:
                self.run.bad_lines.setdefault(str(order).strip(), (source.path.name, number))
        column = table.columns.get(field) or table.payer_amounts.get(field)
        cell = None if column is None else row.get(column)
        value = "" if cell is None else str(cell)
        self.refused.append(
            RefusedRow(source.path.name, number, table.name, field, column, value, problem)
        )

    def xǁ_Importerǁ_refuse__mutmut_9(
        self,
        table: TableMapping,
        source: TableSource,
        number: int,
        field: str,
        problem: str,
        row: dict[str, Any],
    ) -> None:
        if table.name == "work_order_lines":
            # Keep the work order out too: its totals would be wrong without the line.
            order = row.get(table.columns["work_order_number"])
            if order is not None:
                self.run.bad_lines.setdefault(None, (source.path.name, number))
        column = table.columns.get(field) or table.payer_amounts.get(field)
        cell = None if column is None else row.get(column)
        value = "" if cell is None else str(cell)
        self.refused.append(
            RefusedRow(source.path.name, number, table.name, field, column, value, problem)
        )

    def xǁ_Importerǁ_refuse__mutmut_10(
        self,
        table: TableMapping,
        source: TableSource,
        number: int,
        field: str,
        problem: str,
        row: dict[str, Any],
    ) -> None:
        if table.name == "work_order_lines":
            # Keep the work order out too: its totals would be wrong without the line.
            order = row.get(table.columns["work_order_number"])
            if order is not None:
                self.run.bad_lines.setdefault(str(order).strip(), None)
        column = table.columns.get(field) or table.payer_amounts.get(field)
        cell = None if column is None else row.get(column)
        value = "" if cell is None else str(cell)
        self.refused.append(
            RefusedRow(source.path.name, number, table.name, field, column, value, problem)
        )

    def xǁ_Importerǁ_refuse__mutmut_11(
        self,
        table: TableMapping,
        source: TableSource,
        number: int,
        field: str,
        problem: str,
        row: dict[str, Any],
    ) -> None:
        if table.name == "work_order_lines":
            # Keep the work order out too: its totals would be wrong without the line.
            order = row.get(table.columns["work_order_number"])
            if order is not None:
                self.run.bad_lines.setdefault((source.path.name, number))
        column = table.columns.get(field) or table.payer_amounts.get(field)
        cell = None if column is None else row.get(column)
        value = "" if cell is None else str(cell)
        self.refused.append(
            RefusedRow(source.path.name, number, table.name, field, column, value, problem)
        )

    def xǁ_Importerǁ_refuse__mutmut_12(
        self,
        table: TableMapping,
        source: TableSource,
        number: int,
        field: str,
        problem: str,
        row: dict[str, Any],
    ) -> None:
        if table.name == "work_order_lines":
            # Keep the work order out too: its totals would be wrong without the line.
            order = row.get(table.columns["work_order_number"])
            if order is not None:
                self.run.bad_lines.setdefault(str(order).strip(), )
        column = table.columns.get(field) or table.payer_amounts.get(field)
        cell = None if column is None else row.get(column)
        value = "" if cell is None else str(cell)
        self.refused.append(
            RefusedRow(source.path.name, number, table.name, field, column, value, problem)
        )

    def xǁ_Importerǁ_refuse__mutmut_13(
        self,
        table: TableMapping,
        source: TableSource,
        number: int,
        field: str,
        problem: str,
        row: dict[str, Any],
    ) -> None:
        if table.name == "work_order_lines":
            # Keep the work order out too: its totals would be wrong without the line.
            order = row.get(table.columns["work_order_number"])
            if order is not None:
                self.run.bad_lines.setdefault(str(None).strip(), (source.path.name, number))
        column = table.columns.get(field) or table.payer_amounts.get(field)
        cell = None if column is None else row.get(column)
        value = "" if cell is None else str(cell)
        self.refused.append(
            RefusedRow(source.path.name, number, table.name, field, column, value, problem)
        )

    def xǁ_Importerǁ_refuse__mutmut_14(
        self,
        table: TableMapping,
        source: TableSource,
        number: int,
        field: str,
        problem: str,
        row: dict[str, Any],
    ) -> None:
        if table.name == "work_order_lines":
            # Keep the work order out too: its totals would be wrong without the line.
            order = row.get(table.columns["work_order_number"])
            if order is not None:
                self.run.bad_lines.setdefault(str(order).strip(), (source.path.name, number))
        column = None
        cell = None if column is None else row.get(column)
        value = "" if cell is None else str(cell)
        self.refused.append(
            RefusedRow(source.path.name, number, table.name, field, column, value, problem)
        )

    def xǁ_Importerǁ_refuse__mutmut_15(
        self,
        table: TableMapping,
        source: TableSource,
        number: int,
        field: str,
        problem: str,
        row: dict[str, Any],
    ) -> None:
        if table.name == "work_order_lines":
            # Keep the work order out too: its totals would be wrong without the line.
            order = row.get(table.columns["work_order_number"])
            if order is not None:
                self.run.bad_lines.setdefault(str(order).strip(), (source.path.name, number))
        column = table.columns.get(field) and table.payer_amounts.get(field)
        cell = None if column is None else row.get(column)
        value = "" if cell is None else str(cell)
        self.refused.append(
            RefusedRow(source.path.name, number, table.name, field, column, value, problem)
        )

    def xǁ_Importerǁ_refuse__mutmut_16(
        self,
        table: TableMapping,
        source: TableSource,
        number: int,
        field: str,
        problem: str,
        row: dict[str, Any],
    ) -> None:
        if table.name == "work_order_lines":
            # Keep the work order out too: its totals would be wrong without the line.
            order = row.get(table.columns["work_order_number"])
            if order is not None:
                self.run.bad_lines.setdefault(str(order).strip(), (source.path.name, number))
        column = table.columns.get(None) or table.payer_amounts.get(field)
        cell = None if column is None else row.get(column)
        value = "" if cell is None else str(cell)
        self.refused.append(
            RefusedRow(source.path.name, number, table.name, field, column, value, problem)
        )

    def xǁ_Importerǁ_refuse__mutmut_17(
        self,
        table: TableMapping,
        source: TableSource,
        number: int,
        field: str,
        problem: str,
        row: dict[str, Any],
    ) -> None:
        if table.name == "work_order_lines":
            # Keep the work order out too: its totals would be wrong without the line.
            order = row.get(table.columns["work_order_number"])
            if order is not None:
                self.run.bad_lines.setdefault(str(order).strip(), (source.path.name, number))
        column = table.columns.get(field) or table.payer_amounts.get(None)
        cell = None if column is None else row.get(column)
        value = "" if cell is None else str(cell)
        self.refused.append(
            RefusedRow(source.path.name, number, table.name, field, column, value, problem)
        )

    def xǁ_Importerǁ_refuse__mutmut_18(
        self,
        table: TableMapping,
        source: TableSource,
        number: int,
        field: str,
        problem: str,
        row: dict[str, Any],
    ) -> None:
        if table.name == "work_order_lines":
            # Keep the work order out too: its totals would be wrong without the line.
            order = row.get(table.columns["work_order_number"])
            if order is not None:
                self.run.bad_lines.setdefault(str(order).strip(), (source.path.name, number))
        column = table.columns.get(field) or table.payer_amounts.get(field)
        cell = None
        value = "" if cell is None else str(cell)
        self.refused.append(
            RefusedRow(source.path.name, number, table.name, field, column, value, problem)
        )

    def xǁ_Importerǁ_refuse__mutmut_19(
        self,
        table: TableMapping,
        source: TableSource,
        number: int,
        field: str,
        problem: str,
        row: dict[str, Any],
    ) -> None:
        if table.name == "work_order_lines":
            # Keep the work order out too: its totals would be wrong without the line.
            order = row.get(table.columns["work_order_number"])
            if order is not None:
                self.run.bad_lines.setdefault(str(order).strip(), (source.path.name, number))
        column = table.columns.get(field) or table.payer_amounts.get(field)
        cell = None if (column is None) and False else row.get(column)
        value = "" if cell is None else str(cell)
        self.refused.append(
            RefusedRow(source.path.name, number, table.name, field, column, value, problem)
        )

    def xǁ_Importerǁ_refuse__mutmut_20(
        self,
        table: TableMapping,
        source: TableSource,
        number: int,
        field: str,
        problem: str,
        row: dict[str, Any],
    ) -> None:
        if table.name == "work_order_lines":
            # Keep the work order out too: its totals would be wrong without the line.
            order = row.get(table.columns["work_order_number"])
            if order is not None:
                self.run.bad_lines.setdefault(str(order).strip(), (source.path.name, number))
        column = table.columns.get(field) or table.payer_amounts.get(field)
        cell = None if (column is None) or True else row.get(column)
        value = "" if cell is None else str(cell)
        self.refused.append(
            RefusedRow(source.path.name, number, table.name, field, column, value, problem)
        )

    def xǁ_Importerǁ_refuse__mutmut_21(
        self,
        table: TableMapping,
        source: TableSource,
        number: int,
        field: str,
        problem: str,
        row: dict[str, Any],
    ) -> None:
        if table.name == "work_order_lines":
            # Keep the work order out too: its totals would be wrong without the line.
            order = row.get(table.columns["work_order_number"])
            if order is not None:
                self.run.bad_lines.setdefault(str(order).strip(), (source.path.name, number))
        column = table.columns.get(field) or table.payer_amounts.get(field)
        cell = None if column is not None else row.get(column)
        value = "" if cell is None else str(cell)
        self.refused.append(
            RefusedRow(source.path.name, number, table.name, field, column, value, problem)
        )

    def xǁ_Importerǁ_refuse__mutmut_22(
        self,
        table: TableMapping,
        source: TableSource,
        number: int,
        field: str,
        problem: str,
        row: dict[str, Any],
    ) -> None:
        if table.name == "work_order_lines":
            # Keep the work order out too: its totals would be wrong without the line.
            order = row.get(table.columns["work_order_number"])
            if order is not None:
                self.run.bad_lines.setdefault(str(order).strip(), (source.path.name, number))
        column = table.columns.get(field) or table.payer_amounts.get(field)
        cell = None if column is None else row.get(None)
        value = "" if cell is None else str(cell)
        self.refused.append(
            RefusedRow(source.path.name, number, table.name, field, column, value, problem)
        )

    def xǁ_Importerǁ_refuse__mutmut_23(
        self,
        table: TableMapping,
        source: TableSource,
        number: int,
        field: str,
        problem: str,
        row: dict[str, Any],
    ) -> None:
        if table.name == "work_order_lines":
            # Keep the work order out too: its totals would be wrong without the line.
            order = row.get(table.columns["work_order_number"])
            if order is not None:
                self.run.bad_lines.setdefault(str(order).strip(), (source.path.name, number))
        column = table.columns.get(field) or table.payer_amounts.get(field)
        cell = None if column is None else row.get(column)
        value = None
        self.refused.append(
            RefusedRow(source.path.name, number, table.name, field, column, value, problem)
        )

    def xǁ_Importerǁ_refuse__mutmut_24(
        self,
        table: TableMapping,
        source: TableSource,
        number: int,
        field: str,
        problem: str,
        row: dict[str, Any],
    ) -> None:
        if table.name == "work_order_lines":
            # Keep the work order out too: its totals would be wrong without the line.
            order = row.get(table.columns["work_order_number"])
            if order is not None:
                self.run.bad_lines.setdefault(str(order).strip(), (source.path.name, number))
        column = table.columns.get(field) or table.payer_amounts.get(field)
        cell = None if column is None else row.get(column)
        value = "" if (cell is None) and False else str(cell)
        self.refused.append(
            RefusedRow(source.path.name, number, table.name, field, column, value, problem)
        )

    def xǁ_Importerǁ_refuse__mutmut_25(
        self,
        table: TableMapping,
        source: TableSource,
        number: int,
        field: str,
        problem: str,
        row: dict[str, Any],
    ) -> None:
        if table.name == "work_order_lines":
            # Keep the work order out too: its totals would be wrong without the line.
            order = row.get(table.columns["work_order_number"])
            if order is not None:
                self.run.bad_lines.setdefault(str(order).strip(), (source.path.name, number))
        column = table.columns.get(field) or table.payer_amounts.get(field)
        cell = None if column is None else row.get(column)
        value = "" if (cell is None) or True else str(cell)
        self.refused.append(
            RefusedRow(source.path.name, number, table.name, field, column, value, problem)
        )

    def xǁ_Importerǁ_refuse__mutmut_26(
        self,
        table: TableMapping,
        source: TableSource,
        number: int,
        field: str,
        problem: str,
        row: dict[str, Any],
    ) -> None:
        if table.name == "work_order_lines":
            # Keep the work order out too: its totals would be wrong without the line.
            order = row.get(table.columns["work_order_number"])
            if order is not None:
                self.run.bad_lines.setdefault(str(order).strip(), (source.path.name, number))
        column = table.columns.get(field) or table.payer_amounts.get(field)
        cell = None if column is None else row.get(column)
        value = "XXXX" if cell is None else str(cell)
        self.refused.append(
            RefusedRow(source.path.name, number, table.name, field, column, value, problem)
        )

    def xǁ_Importerǁ_refuse__mutmut_27(
        self,
        table: TableMapping,
        source: TableSource,
        number: int,
        field: str,
        problem: str,
        row: dict[str, Any],
    ) -> None:
        if table.name == "work_order_lines":
            # Keep the work order out too: its totals would be wrong without the line.
            order = row.get(table.columns["work_order_number"])
            if order is not None:
                self.run.bad_lines.setdefault(str(order).strip(), (source.path.name, number))
        column = table.columns.get(field) or table.payer_amounts.get(field)
        cell = None if column is None else row.get(column)
        value = "" if cell is not None else str(cell)
        self.refused.append(
            RefusedRow(source.path.name, number, table.name, field, column, value, problem)
        )

    def xǁ_Importerǁ_refuse__mutmut_28(
        self,
        table: TableMapping,
        source: TableSource,
        number: int,
        field: str,
        problem: str,
        row: dict[str, Any],
    ) -> None:
        if table.name == "work_order_lines":
            # Keep the work order out too: its totals would be wrong without the line.
            order = row.get(table.columns["work_order_number"])
            if order is not None:
                self.run.bad_lines.setdefault(str(order).strip(), (source.path.name, number))
        column = table.columns.get(field) or table.payer_amounts.get(field)
        cell = None if column is None else row.get(column)
        value = "" if cell is None else str(None)
        self.refused.append(
            RefusedRow(source.path.name, number, table.name, field, column, value, problem)
        )

    def xǁ_Importerǁ_refuse__mutmut_29(
        self,
        table: TableMapping,
        source: TableSource,
        number: int,
        field: str,
        problem: str,
        row: dict[str, Any],
    ) -> None:
        if table.name == "work_order_lines":
            # Keep the work order out too: its totals would be wrong without the line.
            order = row.get(table.columns["work_order_number"])
            if order is not None:
                self.run.bad_lines.setdefault(str(order).strip(), (source.path.name, number))
        column = table.columns.get(field) or table.payer_amounts.get(field)
        cell = None if column is None else row.get(column)
        value = "" if cell is None else str(cell)
        self.refused.append(
            None
        )

    def xǁ_Importerǁ_refuse__mutmut_30(
        self,
        table: TableMapping,
        source: TableSource,
        number: int,
        field: str,
        problem: str,
        row: dict[str, Any],
    ) -> None:
        if table.name == "work_order_lines":
            # Keep the work order out too: its totals would be wrong without the line.
            order = row.get(table.columns["work_order_number"])
            if order is not None:
                self.run.bad_lines.setdefault(str(order).strip(), (source.path.name, number))
        column = table.columns.get(field) or table.payer_amounts.get(field)
        cell = None if column is None else row.get(column)
        value = "" if cell is None else str(cell)
        self.refused.append(
            RefusedRow(None, number, table.name, field, column, value, problem)
        )

    def xǁ_Importerǁ_refuse__mutmut_31(
        self,
        table: TableMapping,
        source: TableSource,
        number: int,
        field: str,
        problem: str,
        row: dict[str, Any],
    ) -> None:
        if table.name == "work_order_lines":
            # Keep the work order out too: its totals would be wrong without the line.
            order = row.get(table.columns["work_order_number"])
            if order is not None:
                self.run.bad_lines.setdefault(str(order).strip(), (source.path.name, number))
        column = table.columns.get(field) or table.payer_amounts.get(field)
        cell = None if column is None else row.get(column)
        value = "" if cell is None else str(cell)
        self.refused.append(
            RefusedRow(source.path.name, None, table.name, field, column, value, problem)
        )

    def xǁ_Importerǁ_refuse__mutmut_32(
        self,
        table: TableMapping,
        source: TableSource,
        number: int,
        field: str,
        problem: str,
        row: dict[str, Any],
    ) -> None:
        if table.name == "work_order_lines":
            # Keep the work order out too: its totals would be wrong without the line.
            order = row.get(table.columns["work_order_number"])
            if order is not None:
                self.run.bad_lines.setdefault(str(order).strip(), (source.path.name, number))
        column = table.columns.get(field) or table.payer_amounts.get(field)
        cell = None if column is None else row.get(column)
        value = "" if cell is None else str(cell)
        self.refused.append(
            RefusedRow(source.path.name, number, None, field, column, value, problem)
        )

    def xǁ_Importerǁ_refuse__mutmut_33(
        self,
        table: TableMapping,
        source: TableSource,
        number: int,
        field: str,
        problem: str,
        row: dict[str, Any],
    ) -> None:
        if table.name == "work_order_lines":
            # Keep the work order out too: its totals would be wrong without the line.
            order = row.get(table.columns["work_order_number"])
            if order is not None:
                self.run.bad_lines.setdefault(str(order).strip(), (source.path.name, number))
        column = table.columns.get(field) or table.payer_amounts.get(field)
        cell = None if column is None else row.get(column)
        value = "" if cell is None else str(cell)
        self.refused.append(
            RefusedRow(source.path.name, number, table.name, None, column, value, problem)
        )

    def xǁ_Importerǁ_refuse__mutmut_34(
        self,
        table: TableMapping,
        source: TableSource,
        number: int,
        field: str,
        problem: str,
        row: dict[str, Any],
    ) -> None:
        if table.name == "work_order_lines":
            # Keep the work order out too: its totals would be wrong without the line.
            order = row.get(table.columns["work_order_number"])
            if order is not None:
                self.run.bad_lines.setdefault(str(order).strip(), (source.path.name, number))
        column = table.columns.get(field) or table.payer_amounts.get(field)
        cell = None if column is None else row.get(column)
        value = "" if cell is None else str(cell)
        self.refused.append(
            RefusedRow(source.path.name, number, table.name, field, None, value, problem)
        )

    def xǁ_Importerǁ_refuse__mutmut_35(
        self,
        table: TableMapping,
        source: TableSource,
        number: int,
        field: str,
        problem: str,
        row: dict[str, Any],
    ) -> None:
        if table.name == "work_order_lines":
            # Keep the work order out too: its totals would be wrong without the line.
            order = row.get(table.columns["work_order_number"])
            if order is not None:
                self.run.bad_lines.setdefault(str(order).strip(), (source.path.name, number))
        column = table.columns.get(field) or table.payer_amounts.get(field)
        cell = None if column is None else row.get(column)
        value = "" if cell is None else str(cell)
        self.refused.append(
            RefusedRow(source.path.name, number, table.name, field, column, None, problem)
        )

    def xǁ_Importerǁ_refuse__mutmut_36(
        self,
        table: TableMapping,
        source: TableSource,
        number: int,
        field: str,
        problem: str,
        row: dict[str, Any],
    ) -> None:
        if table.name == "work_order_lines":
            # Keep the work order out too: its totals would be wrong without the line.
            order = row.get(table.columns["work_order_number"])
            if order is not None:
                self.run.bad_lines.setdefault(str(order).strip(), (source.path.name, number))
        column = table.columns.get(field) or table.payer_amounts.get(field)
        cell = None if column is None else row.get(column)
        value = "" if cell is None else str(cell)
        self.refused.append(
            RefusedRow(source.path.name, number, table.name, field, column, value, None)
        )

    def xǁ_Importerǁ_refuse__mutmut_37(
        self,
        table: TableMapping,
        source: TableSource,
        number: int,
        field: str,
        problem: str,
        row: dict[str, Any],
    ) -> None:
        if table.name == "work_order_lines":
            # Keep the work order out too: its totals would be wrong without the line.
            order = row.get(table.columns["work_order_number"])
            if order is not None:
                self.run.bad_lines.setdefault(str(order).strip(), (source.path.name, number))
        column = table.columns.get(field) or table.payer_amounts.get(field)
        cell = None if column is None else row.get(column)
        value = "" if cell is None else str(cell)
        self.refused.append(
            RefusedRow(number, table.name, field, column, value, problem)
        )

    def xǁ_Importerǁ_refuse__mutmut_38(
        self,
        table: TableMapping,
        source: TableSource,
        number: int,
        field: str,
        problem: str,
        row: dict[str, Any],
    ) -> None:
        if table.name == "work_order_lines":
            # Keep the work order out too: its totals would be wrong without the line.
            order = row.get(table.columns["work_order_number"])
            if order is not None:
                self.run.bad_lines.setdefault(str(order).strip(), (source.path.name, number))
        column = table.columns.get(field) or table.payer_amounts.get(field)
        cell = None if column is None else row.get(column)
        value = "" if cell is None else str(cell)
        self.refused.append(
            RefusedRow(source.path.name, table.name, field, column, value, problem)
        )

    def xǁ_Importerǁ_refuse__mutmut_39(
        self,
        table: TableMapping,
        source: TableSource,
        number: int,
        field: str,
        problem: str,
        row: dict[str, Any],
    ) -> None:
        if table.name == "work_order_lines":
            # Keep the work order out too: its totals would be wrong without the line.
            order = row.get(table.columns["work_order_number"])
            if order is not None:
                self.run.bad_lines.setdefault(str(order).strip(), (source.path.name, number))
        column = table.columns.get(field) or table.payer_amounts.get(field)
        cell = None if column is None else row.get(column)
        value = "" if cell is None else str(cell)
        self.refused.append(
            RefusedRow(source.path.name, number, field, column, value, problem)
        )

    def xǁ_Importerǁ_refuse__mutmut_40(
        self,
        table: TableMapping,
        source: TableSource,
        number: int,
        field: str,
        problem: str,
        row: dict[str, Any],
    ) -> None:
        if table.name == "work_order_lines":
            # Keep the work order out too: its totals would be wrong without the line.
            order = row.get(table.columns["work_order_number"])
            if order is not None:
                self.run.bad_lines.setdefault(str(order).strip(), (source.path.name, number))
        column = table.columns.get(field) or table.payer_amounts.get(field)
        cell = None if column is None else row.get(column)
        value = "" if cell is None else str(cell)
        self.refused.append(
            RefusedRow(source.path.name, number, table.name, column, value, problem)
        )

    def xǁ_Importerǁ_refuse__mutmut_41(
        self,
        table: TableMapping,
        source: TableSource,
        number: int,
        field: str,
        problem: str,
        row: dict[str, Any],
    ) -> None:
        if table.name == "work_order_lines":
            # Keep the work order out too: its totals would be wrong without the line.
            order = row.get(table.columns["work_order_number"])
            if order is not None:
                self.run.bad_lines.setdefault(str(order).strip(), (source.path.name, number))
        column = table.columns.get(field) or table.payer_amounts.get(field)
        cell = None if column is None else row.get(column)
        value = "" if cell is None else str(cell)
        self.refused.append(
            RefusedRow(source.path.name, number, table.name, field, value, problem)
        )

    def xǁ_Importerǁ_refuse__mutmut_42(
        self,
        table: TableMapping,
        source: TableSource,
        number: int,
        field: str,
        problem: str,
        row: dict[str, Any],
    ) -> None:
        if table.name == "work_order_lines":
            # Keep the work order out too: its totals would be wrong without the line.
            order = row.get(table.columns["work_order_number"])
            if order is not None:
                self.run.bad_lines.setdefault(str(order).strip(), (source.path.name, number))
        column = table.columns.get(field) or table.payer_amounts.get(field)
        cell = None if column is None else row.get(column)
        value = "" if cell is None else str(cell)
        self.refused.append(
            RefusedRow(source.path.name, number, table.name, field, column, problem)
        )

    def xǁ_Importerǁ_refuse__mutmut_43(
        self,
        table: TableMapping,
        source: TableSource,
        number: int,
        field: str,
        problem: str,
        row: dict[str, Any],
    ) -> None:
        if table.name == "work_order_lines":
            # Keep the work order out too: its totals would be wrong without the line.
            order = row.get(table.columns["work_order_number"])
            if order is not None:
                self.run.bad_lines.setdefault(str(order).strip(), (source.path.name, number))
        column = table.columns.get(field) or table.payer_amounts.get(field)
        cell = None if column is None else row.get(column)
        value = "" if cell is None else str(cell)
        self.refused.append(
            RefusedRow(source.path.name, number, table.name, field, column, value, )
        )

    @_mutmut_mutated(mutants_xǁ_Importerǁ_orphan_lines__mutmut)
    def _orphan_lines(self) -> None:
        for order, places in self.run.line_rows.items():
            for file, number in places:
                self.refused.append(
                    RefusedRow(
                        file,
                        number,
                        "work_order_lines",
                        "work_order_number",
                        self.line_column,
                        order,
                        f"work order {shown(order)} is not among the imported work orders",
                    )
                )
        self.run.lines.clear()
        self.run.line_rows.clear()

    def xǁ_Importerǁ_orphan_lines__mutmut_orig(self) -> None:
        for order, places in self.run.line_rows.items():
            for file, number in places:
                self.refused.append(
                    RefusedRow(
                        file,
                        number,
                        "work_order_lines",
                        "work_order_number",
                        self.line_column,
                        order,
                        f"work order {shown(order)} is not among the imported work orders",
                    )
                )
        self.run.lines.clear()
        self.run.line_rows.clear()

    def xǁ_Importerǁ_orphan_lines__mutmut_1(self) -> None:
        for order, places in self.run.line_rows.items():
            for file, number in places:
                self.refused.append(
                    None
                )
        self.run.lines.clear()
        self.run.line_rows.clear()

    def xǁ_Importerǁ_orphan_lines__mutmut_2(self) -> None:
        for order, places in self.run.line_rows.items():
            for file, number in places:
                self.refused.append(
                    RefusedRow(
                        None,
                        number,
                        "work_order_lines",
                        "work_order_number",
                        self.line_column,
                        order,
                        f"work order {shown(order)} is not among the imported work orders",
                    )
                )
        self.run.lines.clear()
        self.run.line_rows.clear()

    def xǁ_Importerǁ_orphan_lines__mutmut_3(self) -> None:
        for order, places in self.run.line_rows.items():
            for file, number in places:
                self.refused.append(
                    RefusedRow(
                        file,
                        None,
                        "work_order_lines",
                        "work_order_number",
                        self.line_column,
                        order,
                        f"work order {shown(order)} is not among the imported work orders",
                    )
                )
        self.run.lines.clear()
        self.run.line_rows.clear()

    def xǁ_Importerǁ_orphan_lines__mutmut_4(self) -> None:
        for order, places in self.run.line_rows.items():
            for file, number in places:
                self.refused.append(
                    RefusedRow(
                        file,
                        number,
                        None,
                        "work_order_number",
                        self.line_column,
                        order,
                        f"work order {shown(order)} is not among the imported work orders",
                    )
                )
        self.run.lines.clear()
        self.run.line_rows.clear()

    def xǁ_Importerǁ_orphan_lines__mutmut_5(self) -> None:
        for order, places in self.run.line_rows.items():
            for file, number in places:
                self.refused.append(
                    RefusedRow(
                        file,
                        number,
                        "work_order_lines",
                        None,
                        self.line_column,
                        order,
                        f"work order {shown(order)} is not among the imported work orders",
                    )
                )
        self.run.lines.clear()
        self.run.line_rows.clear()

    def xǁ_Importerǁ_orphan_lines__mutmut_6(self) -> None:
        for order, places in self.run.line_rows.items():
            for file, number in places:
                self.refused.append(
                    RefusedRow(
                        file,
                        number,
                        "work_order_lines",
                        "work_order_number",
                        None,
                        order,
                        f"work order {shown(order)} is not among the imported work orders",
                    )
                )
        self.run.lines.clear()
        self.run.line_rows.clear()

    def xǁ_Importerǁ_orphan_lines__mutmut_7(self) -> None:
        for order, places in self.run.line_rows.items():
            for file, number in places:
                self.refused.append(
                    RefusedRow(
                        file,
                        number,
                        "work_order_lines",
                        "work_order_number",
                        self.line_column,
                        None,
                        f"work order {shown(order)} is not among the imported work orders",
                    )
                )
        self.run.lines.clear()
        self.run.line_rows.clear()

    def xǁ_Importerǁ_orphan_lines__mutmut_8(self) -> None:
        for order, places in self.run.line_rows.items():
            for file, number in places:
                self.refused.append(
                    RefusedRow(
                        file,
                        number,
                        "work_order_lines",
                        "work_order_number",
                        self.line_column,
                        order,
                        None,
                    )
                )
        self.run.lines.clear()
        self.run.line_rows.clear()

    def xǁ_Importerǁ_orphan_lines__mutmut_9(self) -> None:
        for order, places in self.run.line_rows.items():
            for file, number in places:
                self.refused.append(
                    RefusedRow(
                        number,
                        "work_order_lines",
                        "work_order_number",
                        self.line_column,
                        order,
                        f"work order {shown(order)} is not among the imported work orders",
                    )
                )
        self.run.lines.clear()
        self.run.line_rows.clear()

    def xǁ_Importerǁ_orphan_lines__mutmut_10(self) -> None:
        for order, places in self.run.line_rows.items():
            for file, number in places:
                self.refused.append(
                    RefusedRow(
                        file,
                        "work_order_lines",
                        "work_order_number",
                        self.line_column,
                        order,
                        f"work order {shown(order)} is not among the imported work orders",
                    )
                )
        self.run.lines.clear()
        self.run.line_rows.clear()

    def xǁ_Importerǁ_orphan_lines__mutmut_11(self) -> None:
        for order, places in self.run.line_rows.items():
            for file, number in places:
                self.refused.append(
                    RefusedRow(
                        file,
                        number,
                        "work_order_number",
                        self.line_column,
                        order,
                        f"work order {shown(order)} is not among the imported work orders",
                    )
                )
        self.run.lines.clear()
        self.run.line_rows.clear()

    def xǁ_Importerǁ_orphan_lines__mutmut_12(self) -> None:
        for order, places in self.run.line_rows.items():
            for file, number in places:
                self.refused.append(
                    RefusedRow(
                        file,
                        number,
                        "work_order_lines",
                        self.line_column,
                        order,
                        f"work order {shown(order)} is not among the imported work orders",
                    )
                )
        self.run.lines.clear()
        self.run.line_rows.clear()

    def xǁ_Importerǁ_orphan_lines__mutmut_13(self) -> None:
        for order, places in self.run.line_rows.items():
            for file, number in places:
                self.refused.append(
                    RefusedRow(
                        file,
                        number,
                        "work_order_lines",
                        "work_order_number",
                        order,
                        f"work order {shown(order)} is not among the imported work orders",
                    )
                )
        self.run.lines.clear()
        self.run.line_rows.clear()

    def xǁ_Importerǁ_orphan_lines__mutmut_14(self) -> None:
        for order, places in self.run.line_rows.items():
            for file, number in places:
                self.refused.append(
                    RefusedRow(
                        file,
                        number,
                        "work_order_lines",
                        "work_order_number",
                        self.line_column,
                        f"work order {shown(order)} is not among the imported work orders",
                    )
                )
        self.run.lines.clear()
        self.run.line_rows.clear()

    def xǁ_Importerǁ_orphan_lines__mutmut_15(self) -> None:
        for order, places in self.run.line_rows.items():
            for file, number in places:
                self.refused.append(
                    RefusedRow(
                        file,
                        number,
                        "work_order_lines",
                        "work_order_number",
                        self.line_column,
                        order,
                        )
                )
        self.run.lines.clear()
        self.run.line_rows.clear()

    def xǁ_Importerǁ_orphan_lines__mutmut_16(self) -> None:
        for order, places in self.run.line_rows.items():
            for file, number in places:
                self.refused.append(
                    RefusedRow(
                        file,
                        number,
                        "XXwork_order_linesXX",
                        "work_order_number",
                        self.line_column,
                        order,
                        f"work order {shown(order)} is not among the imported work orders",
                    )
                )
        self.run.lines.clear()
        self.run.line_rows.clear()

    def xǁ_Importerǁ_orphan_lines__mutmut_17(self) -> None:
        for order, places in self.run.line_rows.items():
            for file, number in places:
                self.refused.append(
                    RefusedRow(
                        file,
                        number,
                        "WORK_ORDER_LINES",
                        "work_order_number",
                        self.line_column,
                        order,
                        f"work order {shown(order)} is not among the imported work orders",
                    )
                )
        self.run.lines.clear()
        self.run.line_rows.clear()

    def xǁ_Importerǁ_orphan_lines__mutmut_18(self) -> None:
        for order, places in self.run.line_rows.items():
            for file, number in places:
                self.refused.append(
                    RefusedRow(
                        file,
                        number,
                        "work_order_lines",
                        "XXwork_order_numberXX",
                        self.line_column,
                        order,
                        f"work order {shown(order)} is not among the imported work orders",
                    )
                )
        self.run.lines.clear()
        self.run.line_rows.clear()

    def xǁ_Importerǁ_orphan_lines__mutmut_19(self) -> None:
        for order, places in self.run.line_rows.items():
            for file, number in places:
                self.refused.append(
                    RefusedRow(
                        file,
                        number,
                        "work_order_lines",
                        "WORK_ORDER_NUMBER",
                        self.line_column,
                        order,
                        f"work order {shown(order)} is not among the imported work orders",
                    )
                )
        self.run.lines.clear()
        self.run.line_rows.clear()

    def xǁ_Importerǁ_orphan_lines__mutmut_20(self) -> None:
        for order, places in self.run.line_rows.items():
            for file, number in places:
                self.refused.append(
                    RefusedRow(
                        file,
                        number,
                        "work_order_lines",
                        "work_order_number",
                        self.line_column,
                        order,
                        f"work order {shown(None)} is not among the imported work orders",
                    )
                )
        self.run.lines.clear()
        self.run.line_rows.clear()

mutants_xǁ_Importerǁ__init____mutmut['_mutmut_orig'] = _Importer.xǁ_Importerǁ__init____mutmut_orig # type: ignore # mutmut generated
mutants_xǁ_Importerǁ__init____mutmut['xǁ_Importerǁ__init____mutmut_1'] = _Importer.xǁ_Importerǁ__init____mutmut_1 # type: ignore # mutmut generated
mutants_xǁ_Importerǁ__init____mutmut['xǁ_Importerǁ__init____mutmut_2'] = _Importer.xǁ_Importerǁ__init____mutmut_2 # type: ignore # mutmut generated
mutants_xǁ_Importerǁ__init____mutmut['xǁ_Importerǁ__init____mutmut_3'] = _Importer.xǁ_Importerǁ__init____mutmut_3 # type: ignore # mutmut generated
mutants_xǁ_Importerǁ__init____mutmut['xǁ_Importerǁ__init____mutmut_4'] = _Importer.xǁ_Importerǁ__init____mutmut_4 # type: ignore # mutmut generated
mutants_xǁ_Importerǁ__init____mutmut['xǁ_Importerǁ__init____mutmut_5'] = _Importer.xǁ_Importerǁ__init____mutmut_5 # type: ignore # mutmut generated
mutants_xǁ_Importerǁ__init____mutmut['xǁ_Importerǁ__init____mutmut_6'] = _Importer.xǁ_Importerǁ__init____mutmut_6 # type: ignore # mutmut generated
mutants_xǁ_Importerǁ__init____mutmut['xǁ_Importerǁ__init____mutmut_7'] = _Importer.xǁ_Importerǁ__init____mutmut_7 # type: ignore # mutmut generated
mutants_xǁ_Importerǁ__init____mutmut['xǁ_Importerǁ__init____mutmut_8'] = _Importer.xǁ_Importerǁ__init____mutmut_8 # type: ignore # mutmut generated
mutants_xǁ_Importerǁ__init____mutmut['xǁ_Importerǁ__init____mutmut_9'] = _Importer.xǁ_Importerǁ__init____mutmut_9 # type: ignore # mutmut generated
mutants_xǁ_Importerǁ__init____mutmut['xǁ_Importerǁ__init____mutmut_10'] = _Importer.xǁ_Importerǁ__init____mutmut_10 # type: ignore # mutmut generated
mutants_xǁ_Importerǁ__init____mutmut['xǁ_Importerǁ__init____mutmut_11'] = _Importer.xǁ_Importerǁ__init____mutmut_11 # type: ignore # mutmut generated
mutants_xǁ_Importerǁ__init____mutmut['xǁ_Importerǁ__init____mutmut_12'] = _Importer.xǁ_Importerǁ__init____mutmut_12 # type: ignore # mutmut generated
mutants_xǁ_Importerǁ__init____mutmut['xǁ_Importerǁ__init____mutmut_13'] = _Importer.xǁ_Importerǁ__init____mutmut_13 # type: ignore # mutmut generated
mutants_xǁ_Importerǁ__init____mutmut['xǁ_Importerǁ__init____mutmut_14'] = _Importer.xǁ_Importerǁ__init____mutmut_14 # type: ignore # mutmut generated
mutants_xǁ_Importerǁ__init____mutmut['xǁ_Importerǁ__init____mutmut_15'] = _Importer.xǁ_Importerǁ__init____mutmut_15 # type: ignore # mutmut generated
mutants_xǁ_Importerǁ__init____mutmut['xǁ_Importerǁ__init____mutmut_16'] = _Importer.xǁ_Importerǁ__init____mutmut_16 # type: ignore # mutmut generated
mutants_xǁ_Importerǁ__init____mutmut['xǁ_Importerǁ__init____mutmut_17'] = _Importer.xǁ_Importerǁ__init____mutmut_17 # type: ignore # mutmut generated
mutants_xǁ_Importerǁ__init____mutmut['xǁ_Importerǁ__init____mutmut_18'] = _Importer.xǁ_Importerǁ__init____mutmut_18 # type: ignore # mutmut generated
mutants_xǁ_Importerǁ__init____mutmut['xǁ_Importerǁ__init____mutmut_19'] = _Importer.xǁ_Importerǁ__init____mutmut_19 # type: ignore # mutmut generated
mutants_xǁ_Importerǁ__init____mutmut['xǁ_Importerǁ__init____mutmut_20'] = _Importer.xǁ_Importerǁ__init____mutmut_20 # type: ignore # mutmut generated
mutants_xǁ_Importerǁ__init____mutmut['xǁ_Importerǁ__init____mutmut_21'] = _Importer.xǁ_Importerǁ__init____mutmut_21 # type: ignore # mutmut generated
mutants_xǁ_Importerǁ__init____mutmut['xǁ_Importerǁ__init____mutmut_22'] = _Importer.xǁ_Importerǁ__init____mutmut_22 # type: ignore # mutmut generated
mutants_xǁ_Importerǁ__init____mutmut['xǁ_Importerǁ__init____mutmut_23'] = _Importer.xǁ_Importerǁ__init____mutmut_23 # type: ignore # mutmut generated
mutants_xǁ_Importerǁ__init____mutmut['xǁ_Importerǁ__init____mutmut_24'] = _Importer.xǁ_Importerǁ__init____mutmut_24 # type: ignore # mutmut generated
mutants_xǁ_Importerǁ__init____mutmut['xǁ_Importerǁ__init____mutmut_25'] = _Importer.xǁ_Importerǁ__init____mutmut_25 # type: ignore # mutmut generated

mutants_xǁ_Importerǁrecords__mutmut['_mutmut_orig'] = _Importer.xǁ_Importerǁrecords__mutmut_orig # type: ignore # mutmut generated
mutants_xǁ_Importerǁrecords__mutmut['xǁ_Importerǁrecords__mutmut_1'] = _Importer.xǁ_Importerǁrecords__mutmut_1 # type: ignore # mutmut generated
mutants_xǁ_Importerǁrecords__mutmut['xǁ_Importerǁrecords__mutmut_2'] = _Importer.xǁ_Importerǁrecords__mutmut_2 # type: ignore # mutmut generated
mutants_xǁ_Importerǁrecords__mutmut['xǁ_Importerǁrecords__mutmut_3'] = _Importer.xǁ_Importerǁrecords__mutmut_3 # type: ignore # mutmut generated
mutants_xǁ_Importerǁrecords__mutmut['xǁ_Importerǁrecords__mutmut_4'] = _Importer.xǁ_Importerǁrecords__mutmut_4 # type: ignore # mutmut generated
mutants_xǁ_Importerǁrecords__mutmut['xǁ_Importerǁrecords__mutmut_5'] = _Importer.xǁ_Importerǁrecords__mutmut_5 # type: ignore # mutmut generated
mutants_xǁ_Importerǁrecords__mutmut['xǁ_Importerǁrecords__mutmut_6'] = _Importer.xǁ_Importerǁrecords__mutmut_6 # type: ignore # mutmut generated
mutants_xǁ_Importerǁrecords__mutmut['xǁ_Importerǁrecords__mutmut_7'] = _Importer.xǁ_Importerǁrecords__mutmut_7 # type: ignore # mutmut generated
mutants_xǁ_Importerǁrecords__mutmut['xǁ_Importerǁrecords__mutmut_8'] = _Importer.xǁ_Importerǁrecords__mutmut_8 # type: ignore # mutmut generated
mutants_xǁ_Importerǁrecords__mutmut['xǁ_Importerǁrecords__mutmut_9'] = _Importer.xǁ_Importerǁrecords__mutmut_9 # type: ignore # mutmut generated
mutants_xǁ_Importerǁrecords__mutmut['xǁ_Importerǁrecords__mutmut_10'] = _Importer.xǁ_Importerǁrecords__mutmut_10 # type: ignore # mutmut generated
mutants_xǁ_Importerǁrecords__mutmut['xǁ_Importerǁrecords__mutmut_11'] = _Importer.xǁ_Importerǁrecords__mutmut_11 # type: ignore # mutmut generated
mutants_xǁ_Importerǁrecords__mutmut['xǁ_Importerǁrecords__mutmut_12'] = _Importer.xǁ_Importerǁrecords__mutmut_12 # type: ignore # mutmut generated
mutants_xǁ_Importerǁrecords__mutmut['xǁ_Importerǁrecords__mutmut_13'] = _Importer.xǁ_Importerǁrecords__mutmut_13 # type: ignore # mutmut generated
mutants_xǁ_Importerǁrecords__mutmut['xǁ_Importerǁrecords__mutmut_14'] = _Importer.xǁ_Importerǁrecords__mutmut_14 # type: ignore # mutmut generated
mutants_xǁ_Importerǁrecords__mutmut['xǁ_Importerǁrecords__mutmut_15'] = _Importer.xǁ_Importerǁrecords__mutmut_15 # type: ignore # mutmut generated
mutants_xǁ_Importerǁrecords__mutmut['xǁ_Importerǁrecords__mutmut_16'] = _Importer.xǁ_Importerǁrecords__mutmut_16 # type: ignore # mutmut generated
mutants_xǁ_Importerǁrecords__mutmut['xǁ_Importerǁrecords__mutmut_17'] = _Importer.xǁ_Importerǁrecords__mutmut_17 # type: ignore # mutmut generated
mutants_xǁ_Importerǁrecords__mutmut['xǁ_Importerǁrecords__mutmut_18'] = _Importer.xǁ_Importerǁrecords__mutmut_18 # type: ignore # mutmut generated
mutants_xǁ_Importerǁrecords__mutmut['xǁ_Importerǁrecords__mutmut_19'] = _Importer.xǁ_Importerǁrecords__mutmut_19 # type: ignore # mutmut generated
mutants_xǁ_Importerǁrecords__mutmut['xǁ_Importerǁrecords__mutmut_20'] = _Importer.xǁ_Importerǁrecords__mutmut_20 # type: ignore # mutmut generated
mutants_xǁ_Importerǁrecords__mutmut['xǁ_Importerǁrecords__mutmut_21'] = _Importer.xǁ_Importerǁrecords__mutmut_21 # type: ignore # mutmut generated
mutants_xǁ_Importerǁrecords__mutmut['xǁ_Importerǁrecords__mutmut_22'] = _Importer.xǁ_Importerǁrecords__mutmut_22 # type: ignore # mutmut generated
mutants_xǁ_Importerǁrecords__mutmut['xǁ_Importerǁrecords__mutmut_23'] = _Importer.xǁ_Importerǁrecords__mutmut_23 # type: ignore # mutmut generated
mutants_xǁ_Importerǁrecords__mutmut['xǁ_Importerǁrecords__mutmut_24'] = _Importer.xǁ_Importerǁrecords__mutmut_24 # type: ignore # mutmut generated
mutants_xǁ_Importerǁrecords__mutmut['xǁ_Importerǁrecords__mutmut_25'] = _Importer.xǁ_Importerǁrecords__mutmut_25 # type: ignore # mutmut generated
mutants_xǁ_Importerǁrecords__mutmut['xǁ_Importerǁrecords__mutmut_26'] = _Importer.xǁ_Importerǁrecords__mutmut_26 # type: ignore # mutmut generated
mutants_xǁ_Importerǁrecords__mutmut['xǁ_Importerǁrecords__mutmut_27'] = _Importer.xǁ_Importerǁrecords__mutmut_27 # type: ignore # mutmut generated
mutants_xǁ_Importerǁrecords__mutmut['xǁ_Importerǁrecords__mutmut_28'] = _Importer.xǁ_Importerǁrecords__mutmut_28 # type: ignore # mutmut generated
mutants_xǁ_Importerǁrecords__mutmut['xǁ_Importerǁrecords__mutmut_29'] = _Importer.xǁ_Importerǁrecords__mutmut_29 # type: ignore # mutmut generated
mutants_xǁ_Importerǁrecords__mutmut['xǁ_Importerǁrecords__mutmut_30'] = _Importer.xǁ_Importerǁrecords__mutmut_30 # type: ignore # mutmut generated
mutants_xǁ_Importerǁrecords__mutmut['xǁ_Importerǁrecords__mutmut_31'] = _Importer.xǁ_Importerǁrecords__mutmut_31 # type: ignore # mutmut generated
mutants_xǁ_Importerǁrecords__mutmut['xǁ_Importerǁrecords__mutmut_32'] = _Importer.xǁ_Importerǁrecords__mutmut_32 # type: ignore # mutmut generated
mutants_xǁ_Importerǁrecords__mutmut['xǁ_Importerǁrecords__mutmut_33'] = _Importer.xǁ_Importerǁrecords__mutmut_33 # type: ignore # mutmut generated
mutants_xǁ_Importerǁrecords__mutmut['xǁ_Importerǁrecords__mutmut_34'] = _Importer.xǁ_Importerǁrecords__mutmut_34 # type: ignore # mutmut generated

mutants_xǁ_Importerǁ_record__mutmut['_mutmut_orig'] = _Importer.xǁ_Importerǁ_record__mutmut_orig # type: ignore # mutmut generated
mutants_xǁ_Importerǁ_record__mutmut['xǁ_Importerǁ_record__mutmut_1'] = _Importer.xǁ_Importerǁ_record__mutmut_1 # type: ignore # mutmut generated
mutants_xǁ_Importerǁ_record__mutmut['xǁ_Importerǁ_record__mutmut_2'] = _Importer.xǁ_Importerǁ_record__mutmut_2 # type: ignore # mutmut generated
mutants_xǁ_Importerǁ_record__mutmut['xǁ_Importerǁ_record__mutmut_3'] = _Importer.xǁ_Importerǁ_record__mutmut_3 # type: ignore # mutmut generated
mutants_xǁ_Importerǁ_record__mutmut['xǁ_Importerǁ_record__mutmut_4'] = _Importer.xǁ_Importerǁ_record__mutmut_4 # type: ignore # mutmut generated
mutants_xǁ_Importerǁ_record__mutmut['xǁ_Importerǁ_record__mutmut_5'] = _Importer.xǁ_Importerǁ_record__mutmut_5 # type: ignore # mutmut generated
mutants_xǁ_Importerǁ_record__mutmut['xǁ_Importerǁ_record__mutmut_6'] = _Importer.xǁ_Importerǁ_record__mutmut_6 # type: ignore # mutmut generated
mutants_xǁ_Importerǁ_record__mutmut['xǁ_Importerǁ_record__mutmut_7'] = _Importer.xǁ_Importerǁ_record__mutmut_7 # type: ignore # mutmut generated
mutants_xǁ_Importerǁ_record__mutmut['xǁ_Importerǁ_record__mutmut_8'] = _Importer.xǁ_Importerǁ_record__mutmut_8 # type: ignore # mutmut generated
mutants_xǁ_Importerǁ_record__mutmut['xǁ_Importerǁ_record__mutmut_9'] = _Importer.xǁ_Importerǁ_record__mutmut_9 # type: ignore # mutmut generated
mutants_xǁ_Importerǁ_record__mutmut['xǁ_Importerǁ_record__mutmut_10'] = _Importer.xǁ_Importerǁ_record__mutmut_10 # type: ignore # mutmut generated
mutants_xǁ_Importerǁ_record__mutmut['xǁ_Importerǁ_record__mutmut_11'] = _Importer.xǁ_Importerǁ_record__mutmut_11 # type: ignore # mutmut generated
mutants_xǁ_Importerǁ_record__mutmut['xǁ_Importerǁ_record__mutmut_12'] = _Importer.xǁ_Importerǁ_record__mutmut_12 # type: ignore # mutmut generated
mutants_xǁ_Importerǁ_record__mutmut['xǁ_Importerǁ_record__mutmut_13'] = _Importer.xǁ_Importerǁ_record__mutmut_13 # type: ignore # mutmut generated
mutants_xǁ_Importerǁ_record__mutmut['xǁ_Importerǁ_record__mutmut_14'] = _Importer.xǁ_Importerǁ_record__mutmut_14 # type: ignore # mutmut generated
mutants_xǁ_Importerǁ_record__mutmut['xǁ_Importerǁ_record__mutmut_15'] = _Importer.xǁ_Importerǁ_record__mutmut_15 # type: ignore # mutmut generated
mutants_xǁ_Importerǁ_record__mutmut['xǁ_Importerǁ_record__mutmut_16'] = _Importer.xǁ_Importerǁ_record__mutmut_16 # type: ignore # mutmut generated
mutants_xǁ_Importerǁ_record__mutmut['xǁ_Importerǁ_record__mutmut_17'] = _Importer.xǁ_Importerǁ_record__mutmut_17 # type: ignore # mutmut generated
mutants_xǁ_Importerǁ_record__mutmut['xǁ_Importerǁ_record__mutmut_18'] = _Importer.xǁ_Importerǁ_record__mutmut_18 # type: ignore # mutmut generated
mutants_xǁ_Importerǁ_record__mutmut['xǁ_Importerǁ_record__mutmut_19'] = _Importer.xǁ_Importerǁ_record__mutmut_19 # type: ignore # mutmut generated
mutants_xǁ_Importerǁ_record__mutmut['xǁ_Importerǁ_record__mutmut_20'] = _Importer.xǁ_Importerǁ_record__mutmut_20 # type: ignore # mutmut generated
mutants_xǁ_Importerǁ_record__mutmut['xǁ_Importerǁ_record__mutmut_21'] = _Importer.xǁ_Importerǁ_record__mutmut_21 # type: ignore # mutmut generated
mutants_xǁ_Importerǁ_record__mutmut['xǁ_Importerǁ_record__mutmut_22'] = _Importer.xǁ_Importerǁ_record__mutmut_22 # type: ignore # mutmut generated
mutants_xǁ_Importerǁ_record__mutmut['xǁ_Importerǁ_record__mutmut_23'] = _Importer.xǁ_Importerǁ_record__mutmut_23 # type: ignore # mutmut generated
mutants_xǁ_Importerǁ_record__mutmut['xǁ_Importerǁ_record__mutmut_24'] = _Importer.xǁ_Importerǁ_record__mutmut_24 # type: ignore # mutmut generated
mutants_xǁ_Importerǁ_record__mutmut['xǁ_Importerǁ_record__mutmut_25'] = _Importer.xǁ_Importerǁ_record__mutmut_25 # type: ignore # mutmut generated
mutants_xǁ_Importerǁ_record__mutmut['xǁ_Importerǁ_record__mutmut_26'] = _Importer.xǁ_Importerǁ_record__mutmut_26 # type: ignore # mutmut generated
mutants_xǁ_Importerǁ_record__mutmut['xǁ_Importerǁ_record__mutmut_27'] = _Importer.xǁ_Importerǁ_record__mutmut_27 # type: ignore # mutmut generated
mutants_xǁ_Importerǁ_record__mutmut['xǁ_Importerǁ_record__mutmut_28'] = _Importer.xǁ_Importerǁ_record__mutmut_28 # type: ignore # mutmut generated
mutants_xǁ_Importerǁ_record__mutmut['xǁ_Importerǁ_record__mutmut_29'] = _Importer.xǁ_Importerǁ_record__mutmut_29 # type: ignore # mutmut generated
mutants_xǁ_Importerǁ_record__mutmut['xǁ_Importerǁ_record__mutmut_30'] = _Importer.xǁ_Importerǁ_record__mutmut_30 # type: ignore # mutmut generated
mutants_xǁ_Importerǁ_record__mutmut['xǁ_Importerǁ_record__mutmut_31'] = _Importer.xǁ_Importerǁ_record__mutmut_31 # type: ignore # mutmut generated
mutants_xǁ_Importerǁ_record__mutmut['xǁ_Importerǁ_record__mutmut_32'] = _Importer.xǁ_Importerǁ_record__mutmut_32 # type: ignore # mutmut generated
mutants_xǁ_Importerǁ_record__mutmut['xǁ_Importerǁ_record__mutmut_33'] = _Importer.xǁ_Importerǁ_record__mutmut_33 # type: ignore # mutmut generated
mutants_xǁ_Importerǁ_record__mutmut['xǁ_Importerǁ_record__mutmut_34'] = _Importer.xǁ_Importerǁ_record__mutmut_34 # type: ignore # mutmut generated
mutants_xǁ_Importerǁ_record__mutmut['xǁ_Importerǁ_record__mutmut_35'] = _Importer.xǁ_Importerǁ_record__mutmut_35 # type: ignore # mutmut generated
mutants_xǁ_Importerǁ_record__mutmut['xǁ_Importerǁ_record__mutmut_36'] = _Importer.xǁ_Importerǁ_record__mutmut_36 # type: ignore # mutmut generated
mutants_xǁ_Importerǁ_record__mutmut['xǁ_Importerǁ_record__mutmut_37'] = _Importer.xǁ_Importerǁ_record__mutmut_37 # type: ignore # mutmut generated
mutants_xǁ_Importerǁ_record__mutmut['xǁ_Importerǁ_record__mutmut_38'] = _Importer.xǁ_Importerǁ_record__mutmut_38 # type: ignore # mutmut generated
mutants_xǁ_Importerǁ_record__mutmut['xǁ_Importerǁ_record__mutmut_39'] = _Importer.xǁ_Importerǁ_record__mutmut_39 # type: ignore # mutmut generated
mutants_xǁ_Importerǁ_record__mutmut['xǁ_Importerǁ_record__mutmut_40'] = _Importer.xǁ_Importerǁ_record__mutmut_40 # type: ignore # mutmut generated
mutants_xǁ_Importerǁ_record__mutmut['xǁ_Importerǁ_record__mutmut_41'] = _Importer.xǁ_Importerǁ_record__mutmut_41 # type: ignore # mutmut generated
mutants_xǁ_Importerǁ_record__mutmut['xǁ_Importerǁ_record__mutmut_42'] = _Importer.xǁ_Importerǁ_record__mutmut_42 # type: ignore # mutmut generated
mutants_xǁ_Importerǁ_record__mutmut['xǁ_Importerǁ_record__mutmut_43'] = _Importer.xǁ_Importerǁ_record__mutmut_43 # type: ignore # mutmut generated
mutants_xǁ_Importerǁ_record__mutmut['xǁ_Importerǁ_record__mutmut_44'] = _Importer.xǁ_Importerǁ_record__mutmut_44 # type: ignore # mutmut generated
mutants_xǁ_Importerǁ_record__mutmut['xǁ_Importerǁ_record__mutmut_45'] = _Importer.xǁ_Importerǁ_record__mutmut_45 # type: ignore # mutmut generated
mutants_xǁ_Importerǁ_record__mutmut['xǁ_Importerǁ_record__mutmut_46'] = _Importer.xǁ_Importerǁ_record__mutmut_46 # type: ignore # mutmut generated
mutants_xǁ_Importerǁ_record__mutmut['xǁ_Importerǁ_record__mutmut_47'] = _Importer.xǁ_Importerǁ_record__mutmut_47 # type: ignore # mutmut generated
mutants_xǁ_Importerǁ_record__mutmut['xǁ_Importerǁ_record__mutmut_48'] = _Importer.xǁ_Importerǁ_record__mutmut_48 # type: ignore # mutmut generated
mutants_xǁ_Importerǁ_record__mutmut['xǁ_Importerǁ_record__mutmut_49'] = _Importer.xǁ_Importerǁ_record__mutmut_49 # type: ignore # mutmut generated
mutants_xǁ_Importerǁ_record__mutmut['xǁ_Importerǁ_record__mutmut_50'] = _Importer.xǁ_Importerǁ_record__mutmut_50 # type: ignore # mutmut generated
mutants_xǁ_Importerǁ_record__mutmut['xǁ_Importerǁ_record__mutmut_51'] = _Importer.xǁ_Importerǁ_record__mutmut_51 # type: ignore # mutmut generated
mutants_xǁ_Importerǁ_record__mutmut['xǁ_Importerǁ_record__mutmut_52'] = _Importer.xǁ_Importerǁ_record__mutmut_52 # type: ignore # mutmut generated
mutants_xǁ_Importerǁ_record__mutmut['xǁ_Importerǁ_record__mutmut_53'] = _Importer.xǁ_Importerǁ_record__mutmut_53 # type: ignore # mutmut generated
mutants_xǁ_Importerǁ_record__mutmut['xǁ_Importerǁ_record__mutmut_54'] = _Importer.xǁ_Importerǁ_record__mutmut_54 # type: ignore # mutmut generated
mutants_xǁ_Importerǁ_record__mutmut['xǁ_Importerǁ_record__mutmut_55'] = _Importer.xǁ_Importerǁ_record__mutmut_55 # type: ignore # mutmut generated
mutants_xǁ_Importerǁ_record__mutmut['xǁ_Importerǁ_record__mutmut_56'] = _Importer.xǁ_Importerǁ_record__mutmut_56 # type: ignore # mutmut generated
mutants_xǁ_Importerǁ_record__mutmut['xǁ_Importerǁ_record__mutmut_57'] = _Importer.xǁ_Importerǁ_record__mutmut_57 # type: ignore # mutmut generated
mutants_xǁ_Importerǁ_record__mutmut['xǁ_Importerǁ_record__mutmut_58'] = _Importer.xǁ_Importerǁ_record__mutmut_58 # type: ignore # mutmut generated
mutants_xǁ_Importerǁ_record__mutmut['xǁ_Importerǁ_record__mutmut_59'] = _Importer.xǁ_Importerǁ_record__mutmut_59 # type: ignore # mutmut generated
mutants_xǁ_Importerǁ_record__mutmut['xǁ_Importerǁ_record__mutmut_60'] = _Importer.xǁ_Importerǁ_record__mutmut_60 # type: ignore # mutmut generated
mutants_xǁ_Importerǁ_record__mutmut['xǁ_Importerǁ_record__mutmut_61'] = _Importer.xǁ_Importerǁ_record__mutmut_61 # type: ignore # mutmut generated
mutants_xǁ_Importerǁ_record__mutmut['xǁ_Importerǁ_record__mutmut_62'] = _Importer.xǁ_Importerǁ_record__mutmut_62 # type: ignore # mutmut generated
mutants_xǁ_Importerǁ_record__mutmut['xǁ_Importerǁ_record__mutmut_63'] = _Importer.xǁ_Importerǁ_record__mutmut_63 # type: ignore # mutmut generated
mutants_xǁ_Importerǁ_record__mutmut['xǁ_Importerǁ_record__mutmut_64'] = _Importer.xǁ_Importerǁ_record__mutmut_64 # type: ignore # mutmut generated
mutants_xǁ_Importerǁ_record__mutmut['xǁ_Importerǁ_record__mutmut_65'] = _Importer.xǁ_Importerǁ_record__mutmut_65 # type: ignore # mutmut generated
mutants_xǁ_Importerǁ_record__mutmut['xǁ_Importerǁ_record__mutmut_66'] = _Importer.xǁ_Importerǁ_record__mutmut_66 # type: ignore # mutmut generated
mutants_xǁ_Importerǁ_record__mutmut['xǁ_Importerǁ_record__mutmut_67'] = _Importer.xǁ_Importerǁ_record__mutmut_67 # type: ignore # mutmut generated
mutants_xǁ_Importerǁ_record__mutmut['xǁ_Importerǁ_record__mutmut_68'] = _Importer.xǁ_Importerǁ_record__mutmut_68 # type: ignore # mutmut generated
mutants_xǁ_Importerǁ_record__mutmut['xǁ_Importerǁ_record__mutmut_69'] = _Importer.xǁ_Importerǁ_record__mutmut_69 # type: ignore # mutmut generated
mutants_xǁ_Importerǁ_record__mutmut['xǁ_Importerǁ_record__mutmut_70'] = _Importer.xǁ_Importerǁ_record__mutmut_70 # type: ignore # mutmut generated
mutants_xǁ_Importerǁ_record__mutmut['xǁ_Importerǁ_record__mutmut_71'] = _Importer.xǁ_Importerǁ_record__mutmut_71 # type: ignore # mutmut generated
mutants_xǁ_Importerǁ_record__mutmut['xǁ_Importerǁ_record__mutmut_72'] = _Importer.xǁ_Importerǁ_record__mutmut_72 # type: ignore # mutmut generated

mutants_xǁ_Importerǁ_refuse__mutmut['_mutmut_orig'] = _Importer.xǁ_Importerǁ_refuse__mutmut_orig # type: ignore # mutmut generated
mutants_xǁ_Importerǁ_refuse__mutmut['xǁ_Importerǁ_refuse__mutmut_1'] = _Importer.xǁ_Importerǁ_refuse__mutmut_1 # type: ignore # mutmut generated
mutants_xǁ_Importerǁ_refuse__mutmut['xǁ_Importerǁ_refuse__mutmut_2'] = _Importer.xǁ_Importerǁ_refuse__mutmut_2 # type: ignore # mutmut generated
mutants_xǁ_Importerǁ_refuse__mutmut['xǁ_Importerǁ_refuse__mutmut_3'] = _Importer.xǁ_Importerǁ_refuse__mutmut_3 # type: ignore # mutmut generated
mutants_xǁ_Importerǁ_refuse__mutmut['xǁ_Importerǁ_refuse__mutmut_4'] = _Importer.xǁ_Importerǁ_refuse__mutmut_4 # type: ignore # mutmut generated
mutants_xǁ_Importerǁ_refuse__mutmut['xǁ_Importerǁ_refuse__mutmut_5'] = _Importer.xǁ_Importerǁ_refuse__mutmut_5 # type: ignore # mutmut generated
mutants_xǁ_Importerǁ_refuse__mutmut['xǁ_Importerǁ_refuse__mutmut_6'] = _Importer.xǁ_Importerǁ_refuse__mutmut_6 # type: ignore # mutmut generated
mutants_xǁ_Importerǁ_refuse__mutmut['xǁ_Importerǁ_refuse__mutmut_7'] = _Importer.xǁ_Importerǁ_refuse__mutmut_7 # type: ignore # mutmut generated
mutants_xǁ_Importerǁ_refuse__mutmut['xǁ_Importerǁ_refuse__mutmut_8'] = _Importer.xǁ_Importerǁ_refuse__mutmut_8 # type: ignore # mutmut generated
mutants_xǁ_Importerǁ_refuse__mutmut['xǁ_Importerǁ_refuse__mutmut_9'] = _Importer.xǁ_Importerǁ_refuse__mutmut_9 # type: ignore # mutmut generated
mutants_xǁ_Importerǁ_refuse__mutmut['xǁ_Importerǁ_refuse__mutmut_10'] = _Importer.xǁ_Importerǁ_refuse__mutmut_10 # type: ignore # mutmut generated
mutants_xǁ_Importerǁ_refuse__mutmut['xǁ_Importerǁ_refuse__mutmut_11'] = _Importer.xǁ_Importerǁ_refuse__mutmut_11 # type: ignore # mutmut generated
mutants_xǁ_Importerǁ_refuse__mutmut['xǁ_Importerǁ_refuse__mutmut_12'] = _Importer.xǁ_Importerǁ_refuse__mutmut_12 # type: ignore # mutmut generated
mutants_xǁ_Importerǁ_refuse__mutmut['xǁ_Importerǁ_refuse__mutmut_13'] = _Importer.xǁ_Importerǁ_refuse__mutmut_13 # type: ignore # mutmut generated
mutants_xǁ_Importerǁ_refuse__mutmut['xǁ_Importerǁ_refuse__mutmut_14'] = _Importer.xǁ_Importerǁ_refuse__mutmut_14 # type: ignore # mutmut generated
mutants_xǁ_Importerǁ_refuse__mutmut['xǁ_Importerǁ_refuse__mutmut_15'] = _Importer.xǁ_Importerǁ_refuse__mutmut_15 # type: ignore # mutmut generated
mutants_xǁ_Importerǁ_refuse__mutmut['xǁ_Importerǁ_refuse__mutmut_16'] = _Importer.xǁ_Importerǁ_refuse__mutmut_16 # type: ignore # mutmut generated
mutants_xǁ_Importerǁ_refuse__mutmut['xǁ_Importerǁ_refuse__mutmut_17'] = _Importer.xǁ_Importerǁ_refuse__mutmut_17 # type: ignore # mutmut generated
mutants_xǁ_Importerǁ_refuse__mutmut['xǁ_Importerǁ_refuse__mutmut_18'] = _Importer.xǁ_Importerǁ_refuse__mutmut_18 # type: ignore # mutmut generated
mutants_xǁ_Importerǁ_refuse__mutmut['xǁ_Importerǁ_refuse__mutmut_19'] = _Importer.xǁ_Importerǁ_refuse__mutmut_19 # type: ignore # mutmut generated
mutants_xǁ_Importerǁ_refuse__mutmut['xǁ_Importerǁ_refuse__mutmut_20'] = _Importer.xǁ_Importerǁ_refuse__mutmut_20 # type: ignore # mutmut generated
mutants_xǁ_Importerǁ_refuse__mutmut['xǁ_Importerǁ_refuse__mutmut_21'] = _Importer.xǁ_Importerǁ_refuse__mutmut_21 # type: ignore # mutmut generated
mutants_xǁ_Importerǁ_refuse__mutmut['xǁ_Importerǁ_refuse__mutmut_22'] = _Importer.xǁ_Importerǁ_refuse__mutmut_22 # type: ignore # mutmut generated
mutants_xǁ_Importerǁ_refuse__mutmut['xǁ_Importerǁ_refuse__mutmut_23'] = _Importer.xǁ_Importerǁ_refuse__mutmut_23 # type: ignore # mutmut generated
mutants_xǁ_Importerǁ_refuse__mutmut['xǁ_Importerǁ_refuse__mutmut_24'] = _Importer.xǁ_Importerǁ_refuse__mutmut_24 # type: ignore # mutmut generated
mutants_xǁ_Importerǁ_refuse__mutmut['xǁ_Importerǁ_refuse__mutmut_25'] = _Importer.xǁ_Importerǁ_refuse__mutmut_25 # type: ignore # mutmut generated
mutants_xǁ_Importerǁ_refuse__mutmut['xǁ_Importerǁ_refuse__mutmut_26'] = _Importer.xǁ_Importerǁ_refuse__mutmut_26 # type: ignore # mutmut generated
mutants_xǁ_Importerǁ_refuse__mutmut['xǁ_Importerǁ_refuse__mutmut_27'] = _Importer.xǁ_Importerǁ_refuse__mutmut_27 # type: ignore # mutmut generated
mutants_xǁ_Importerǁ_refuse__mutmut['xǁ_Importerǁ_refuse__mutmut_28'] = _Importer.xǁ_Importerǁ_refuse__mutmut_28 # type: ignore # mutmut generated
mutants_xǁ_Importerǁ_refuse__mutmut['xǁ_Importerǁ_refuse__mutmut_29'] = _Importer.xǁ_Importerǁ_refuse__mutmut_29 # type: ignore # mutmut generated
mutants_xǁ_Importerǁ_refuse__mutmut['xǁ_Importerǁ_refuse__mutmut_30'] = _Importer.xǁ_Importerǁ_refuse__mutmut_30 # type: ignore # mutmut generated
mutants_xǁ_Importerǁ_refuse__mutmut['xǁ_Importerǁ_refuse__mutmut_31'] = _Importer.xǁ_Importerǁ_refuse__mutmut_31 # type: ignore # mutmut generated
mutants_xǁ_Importerǁ_refuse__mutmut['xǁ_Importerǁ_refuse__mutmut_32'] = _Importer.xǁ_Importerǁ_refuse__mutmut_32 # type: ignore # mutmut generated
mutants_xǁ_Importerǁ_refuse__mutmut['xǁ_Importerǁ_refuse__mutmut_33'] = _Importer.xǁ_Importerǁ_refuse__mutmut_33 # type: ignore # mutmut generated
mutants_xǁ_Importerǁ_refuse__mutmut['xǁ_Importerǁ_refuse__mutmut_34'] = _Importer.xǁ_Importerǁ_refuse__mutmut_34 # type: ignore # mutmut generated
mutants_xǁ_Importerǁ_refuse__mutmut['xǁ_Importerǁ_refuse__mutmut_35'] = _Importer.xǁ_Importerǁ_refuse__mutmut_35 # type: ignore # mutmut generated
mutants_xǁ_Importerǁ_refuse__mutmut['xǁ_Importerǁ_refuse__mutmut_36'] = _Importer.xǁ_Importerǁ_refuse__mutmut_36 # type: ignore # mutmut generated
mutants_xǁ_Importerǁ_refuse__mutmut['xǁ_Importerǁ_refuse__mutmut_37'] = _Importer.xǁ_Importerǁ_refuse__mutmut_37 # type: ignore # mutmut generated
mutants_xǁ_Importerǁ_refuse__mutmut['xǁ_Importerǁ_refuse__mutmut_38'] = _Importer.xǁ_Importerǁ_refuse__mutmut_38 # type: ignore # mutmut generated
mutants_xǁ_Importerǁ_refuse__mutmut['xǁ_Importerǁ_refuse__mutmut_39'] = _Importer.xǁ_Importerǁ_refuse__mutmut_39 # type: ignore # mutmut generated
mutants_xǁ_Importerǁ_refuse__mutmut['xǁ_Importerǁ_refuse__mutmut_40'] = _Importer.xǁ_Importerǁ_refuse__mutmut_40 # type: ignore # mutmut generated
mutants_xǁ_Importerǁ_refuse__mutmut['xǁ_Importerǁ_refuse__mutmut_41'] = _Importer.xǁ_Importerǁ_refuse__mutmut_41 # type: ignore # mutmut generated
mutants_xǁ_Importerǁ_refuse__mutmut['xǁ_Importerǁ_refuse__mutmut_42'] = _Importer.xǁ_Importerǁ_refuse__mutmut_42 # type: ignore # mutmut generated
mutants_xǁ_Importerǁ_refuse__mutmut['xǁ_Importerǁ_refuse__mutmut_43'] = _Importer.xǁ_Importerǁ_refuse__mutmut_43 # type: ignore # mutmut generated

mutants_xǁ_Importerǁ_orphan_lines__mutmut['_mutmut_orig'] = _Importer.xǁ_Importerǁ_orphan_lines__mutmut_orig # type: ignore # mutmut generated
mutants_xǁ_Importerǁ_orphan_lines__mutmut['xǁ_Importerǁ_orphan_lines__mutmut_1'] = _Importer.xǁ_Importerǁ_orphan_lines__mutmut_1 # type: ignore # mutmut generated
mutants_xǁ_Importerǁ_orphan_lines__mutmut['xǁ_Importerǁ_orphan_lines__mutmut_2'] = _Importer.xǁ_Importerǁ_orphan_lines__mutmut_2 # type: ignore # mutmut generated
mutants_xǁ_Importerǁ_orphan_lines__mutmut['xǁ_Importerǁ_orphan_lines__mutmut_3'] = _Importer.xǁ_Importerǁ_orphan_lines__mutmut_3 # type: ignore # mutmut generated
mutants_xǁ_Importerǁ_orphan_lines__mutmut['xǁ_Importerǁ_orphan_lines__mutmut_4'] = _Importer.xǁ_Importerǁ_orphan_lines__mutmut_4 # type: ignore # mutmut generated
mutants_xǁ_Importerǁ_orphan_lines__mutmut['xǁ_Importerǁ_orphan_lines__mutmut_5'] = _Importer.xǁ_Importerǁ_orphan_lines__mutmut_5 # type: ignore # mutmut generated
mutants_xǁ_Importerǁ_orphan_lines__mutmut['xǁ_Importerǁ_orphan_lines__mutmut_6'] = _Importer.xǁ_Importerǁ_orphan_lines__mutmut_6 # type: ignore # mutmut generated
mutants_xǁ_Importerǁ_orphan_lines__mutmut['xǁ_Importerǁ_orphan_lines__mutmut_7'] = _Importer.xǁ_Importerǁ_orphan_lines__mutmut_7 # type: ignore # mutmut generated
mutants_xǁ_Importerǁ_orphan_lines__mutmut['xǁ_Importerǁ_orphan_lines__mutmut_8'] = _Importer.xǁ_Importerǁ_orphan_lines__mutmut_8 # type: ignore # mutmut generated
mutants_xǁ_Importerǁ_orphan_lines__mutmut['xǁ_Importerǁ_orphan_lines__mutmut_9'] = _Importer.xǁ_Importerǁ_orphan_lines__mutmut_9 # type: ignore # mutmut generated
mutants_xǁ_Importerǁ_orphan_lines__mutmut['xǁ_Importerǁ_orphan_lines__mutmut_10'] = _Importer.xǁ_Importerǁ_orphan_lines__mutmut_10 # type: ignore # mutmut generated
mutants_xǁ_Importerǁ_orphan_lines__mutmut['xǁ_Importerǁ_orphan_lines__mutmut_11'] = _Importer.xǁ_Importerǁ_orphan_lines__mutmut_11 # type: ignore # mutmut generated
mutants_xǁ_Importerǁ_orphan_lines__mutmut['xǁ_Importerǁ_orphan_lines__mutmut_12'] = _Importer.xǁ_Importerǁ_orphan_lines__mutmut_12 # type: ignore # mutmut generated
mutants_xǁ_Importerǁ_orphan_lines__mutmut['xǁ_Importerǁ_orphan_lines__mutmut_13'] = _Importer.xǁ_Importerǁ_orphan_lines__mutmut_13 # type: ignore # mutmut generated
mutants_xǁ_Importerǁ_orphan_lines__mutmut['xǁ_Importerǁ_orphan_lines__mutmut_14'] = _Importer.xǁ_Importerǁ_orphan_lines__mutmut_14 # type: ignore # mutmut generated
mutants_xǁ_Importerǁ_orphan_lines__mutmut['xǁ_Importerǁ_orphan_lines__mutmut_15'] = _Importer.xǁ_Importerǁ_orphan_lines__mutmut_15 # type: ignore # mutmut generated
mutants_xǁ_Importerǁ_orphan_lines__mutmut['xǁ_Importerǁ_orphan_lines__mutmut_16'] = _Importer.xǁ_Importerǁ_orphan_lines__mutmut_16 # type: ignore # mutmut generated
mutants_xǁ_Importerǁ_orphan_lines__mutmut['xǁ_Importerǁ_orphan_lines__mutmut_17'] = _Importer.xǁ_Importerǁ_orphan_lines__mutmut_17 # type: ignore # mutmut generated
mutants_xǁ_Importerǁ_orphan_lines__mutmut['xǁ_Importerǁ_orphan_lines__mutmut_18'] = _Importer.xǁ_Importerǁ_orphan_lines__mutmut_18 # type: ignore # mutmut generated
mutants_xǁ_Importerǁ_orphan_lines__mutmut['xǁ_Importerǁ_orphan_lines__mutmut_19'] = _Importer.xǁ_Importerǁ_orphan_lines__mutmut_19 # type: ignore # mutmut generated
mutants_xǁ_Importerǁ_orphan_lines__mutmut['xǁ_Importerǁ_orphan_lines__mutmut_20'] = _Importer.xǁ_Importerǁ_orphan_lines__mutmut_20 # type: ignore # mutmut generated
mutants_x_import_tables__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_import_tables__mutmut)
def import_tables(
    paths: Iterable[str | Path],
    mapping: ImportMapping,
    archive: Repository,
    *,
    at: datetime,
    actor: str = "import-tables",
    on_error: OnError = "stop",
    progress: Progress | None = None,
) -> ImportResult:
    """Import the tables of a DMS export into an empty archive.

    Args:
        paths: The exported files; each must match the ``files`` of one table.
        mapping: Which column and value feeds which field.
        archive: An empty archive (``MemoryArchive`` or ``SqlArchive``). A
            ``SqlArchive`` is written in bulk (its ``load``); another archive
            through ``add`` inside one unit of work.
        at: The time written in each record's creation audit entry (aware).
        actor: Who the audit entries name.
        on_error: ``"stop"`` writes nothing when any row is refused; ``"skip"``
            writes the valid rows.
        progress: Called with the number of rows of each batch read.

    Returns:
        What was read, refused and written.

    Raises:
        MappingError: a file matches no table or lacks a mapped column.
        autocrm.errors.ArchiveNotEmpty: the archive holds records or audit entries.
        autocrm.errors.InvalidFormat: ``on_error``, ``actor`` or ``at`` is wrong.

    Examples:
        >>> from autocrm.adapters.memory import MemoryArchive
        >>> from autocrm.adapters.tables.mapping import mapping_from_dict
        >>> from autocrm.domain import CHINA_TZ
        >>> m = mapping_from_dict({"customers": {"files": ["c.csv"],
        ...     "columns": {"number": "id", "name": "name"}}})
        >>> import_tables([], m, MemoryArchive(), at=datetime(2026, 1, 5, tzinfo=CHINA_TZ),
        ...               on_error="retry")
        Traceback (most recent call last):
        ...
        autocrm.errors.InvalidFormat: on_error: expected 'stop' or 'skip', got 'retry'
    """
    if on_error not in ("stop", "skip"):
        msg = f"on_error: expected 'stop' or 'skip', got {shown(on_error)}"
        raise InvalidFormat(msg, field="on_error", value=on_error)
    require_aware(at, "at")
    if not isinstance(actor, str) or not actor.strip():
        msg = f"actor: expected a non-blank name, got {shown(actor)}"
        raise InvalidFormat(msg, field="actor", value=actor)
    importer = _Importer(_plan(paths, mapping), on_error, progress)
    try:
        _write(archive, importer.records(), actor=actor, at=at)
    except _NothingWritten:
        written = False
    else:
        written = True
    return ImportResult(
        counts=importer.counts, rows=importer.rows, refused=tuple(importer.refused), written=written
    )


def x_import_tables__mutmut_orig(
    paths: Iterable[str | Path],
    mapping: ImportMapping,
    archive: Repository,
    *,
    at: datetime,
    actor: str = "import-tables",
    on_error: OnError = "stop",
    progress: Progress | None = None,
) -> ImportResult:
    """Import the tables of a DMS export into an empty archive.

    Args:
        paths: The exported files; each must match the ``files`` of one table.
        mapping: Which column and value feeds which field.
        archive: An empty archive (``MemoryArchive`` or ``SqlArchive``). A
            ``SqlArchive`` is written in bulk (its ``load``); another archive
            through ``add`` inside one unit of work.
        at: The time written in each record's creation audit entry (aware).
        actor: Who the audit entries name.
        on_error: ``"stop"`` writes nothing when any row is refused; ``"skip"``
            writes the valid rows.
        progress: Called with the number of rows of each batch read.

    Returns:
        What was read, refused and written.

    Raises:
        MappingError: a file matches no table or lacks a mapped column.
        autocrm.errors.ArchiveNotEmpty: the archive holds records or audit entries.
        autocrm.errors.InvalidFormat: ``on_error``, ``actor`` or ``at`` is wrong.

    Examples:
        >>> from autocrm.adapters.memory import MemoryArchive
        >>> from autocrm.adapters.tables.mapping import mapping_from_dict
        >>> from autocrm.domain import CHINA_TZ
        >>> m = mapping_from_dict({"customers": {"files": ["c.csv"],
        ...     "columns": {"number": "id", "name": "name"}}})
        >>> import_tables([], m, MemoryArchive(), at=datetime(2026, 1, 5, tzinfo=CHINA_TZ),
        ...               on_error="retry")
        Traceback (most recent call last):
        ...
        autocrm.errors.InvalidFormat: on_error: expected 'stop' or 'skip', got 'retry'
    """
    if on_error not in ("stop", "skip"):
        msg = f"on_error: expected 'stop' or 'skip', got {shown(on_error)}"
        raise InvalidFormat(msg, field="on_error", value=on_error)
    require_aware(at, "at")
    if not isinstance(actor, str) or not actor.strip():
        msg = f"actor: expected a non-blank name, got {shown(actor)}"
        raise InvalidFormat(msg, field="actor", value=actor)
    importer = _Importer(_plan(paths, mapping), on_error, progress)
    try:
        _write(archive, importer.records(), actor=actor, at=at)
    except _NothingWritten:
        written = False
    else:
        written = True
    return ImportResult(
        counts=importer.counts, rows=importer.rows, refused=tuple(importer.refused), written=written
    )


def x_import_tables__mutmut_1(
    paths: Iterable[str | Path],
    mapping: ImportMapping,
    archive: Repository,
    *,
    at: datetime,
    actor: str = "XXimport-tablesXX",
    on_error: OnError = "stop",
    progress: Progress | None = None,
) -> ImportResult:
    """Import the tables of a DMS export into an empty archive.

    Args:
        paths: The exported files; each must match the ``files`` of one table.
        mapping: Which column and value feeds which field.
        archive: An empty archive (``MemoryArchive`` or ``SqlArchive``). A
            ``SqlArchive`` is written in bulk (its ``load``); another archive
            through ``add`` inside one unit of work.
        at: The time written in each record's creation audit entry (aware).
        actor: Who the audit entries name.
        on_error: ``"stop"`` writes nothing when any row is refused; ``"skip"``
            writes the valid rows.
        progress: Called with the number of rows of each batch read.

    Returns:
        What was read, refused and written.

    Raises:
        MappingError: a file matches no table or lacks a mapped column.
        autocrm.errors.ArchiveNotEmpty: the archive holds records or audit entries.
        autocrm.errors.InvalidFormat: ``on_error``, ``actor`` or ``at`` is wrong.

    Examples:
        >>> from autocrm.adapters.memory import MemoryArchive
        >>> from autocrm.adapters.tables.mapping import mapping_from_dict
        >>> from autocrm.domain import CHINA_TZ
        >>> m = mapping_from_dict({"customers": {"files": ["c.csv"],
        ...     "columns": {"number": "id", "name": "name"}}})
        >>> import_tables([], m, MemoryArchive(), at=datetime(2026, 1, 5, tzinfo=CHINA_TZ),
        ...               on_error="retry")
        Traceback (most recent call last):
        ...
        autocrm.errors.InvalidFormat: on_error: expected 'stop' or 'skip', got 'retry'
    """
    if on_error not in ("stop", "skip"):
        msg = f"on_error: expected 'stop' or 'skip', got {shown(on_error)}"
        raise InvalidFormat(msg, field="on_error", value=on_error)
    require_aware(at, "at")
    if not isinstance(actor, str) or not actor.strip():
        msg = f"actor: expected a non-blank name, got {shown(actor)}"
        raise InvalidFormat(msg, field="actor", value=actor)
    importer = _Importer(_plan(paths, mapping), on_error, progress)
    try:
        _write(archive, importer.records(), actor=actor, at=at)
    except _NothingWritten:
        written = False
    else:
        written = True
    return ImportResult(
        counts=importer.counts, rows=importer.rows, refused=tuple(importer.refused), written=written
    )


def x_import_tables__mutmut_2(
    paths: Iterable[str | Path],
    mapping: ImportMapping,
    archive: Repository,
    *,
    at: datetime,
    actor: str = "IMPORT-TABLES",
    on_error: OnError = "stop",
    progress: Progress | None = None,
) -> ImportResult:
    """Import the tables of a DMS export into an empty archive.

    Args:
        paths: The exported files; each must match the ``files`` of one table.
        mapping: Which column and value feeds which field.
        archive: An empty archive (``MemoryArchive`` or ``SqlArchive``). A
            ``SqlArchive`` is written in bulk (its ``load``); another archive
            through ``add`` inside one unit of work.
        at: The time written in each record's creation audit entry (aware).
        actor: Who the audit entries name.
        on_error: ``"stop"`` writes nothing when any row is refused; ``"skip"``
            writes the valid rows.
        progress: Called with the number of rows of each batch read.

    Returns:
        What was read, refused and written.

    Raises:
        MappingError: a file matches no table or lacks a mapped column.
        autocrm.errors.ArchiveNotEmpty: the archive holds records or audit entries.
        autocrm.errors.InvalidFormat: ``on_error``, ``actor`` or ``at`` is wrong.

    Examples:
        >>> from autocrm.adapters.memory import MemoryArchive
        >>> from autocrm.adapters.tables.mapping import mapping_from_dict
        >>> from autocrm.domain import CHINA_TZ
        >>> m = mapping_from_dict({"customers": {"files": ["c.csv"],
        ...     "columns": {"number": "id", "name": "name"}}})
        >>> import_tables([], m, MemoryArchive(), at=datetime(2026, 1, 5, tzinfo=CHINA_TZ),
        ...               on_error="retry")
        Traceback (most recent call last):
        ...
        autocrm.errors.InvalidFormat: on_error: expected 'stop' or 'skip', got 'retry'
    """
    if on_error not in ("stop", "skip"):
        msg = f"on_error: expected 'stop' or 'skip', got {shown(on_error)}"
        raise InvalidFormat(msg, field="on_error", value=on_error)
    require_aware(at, "at")
    if not isinstance(actor, str) or not actor.strip():
        msg = f"actor: expected a non-blank name, got {shown(actor)}"
        raise InvalidFormat(msg, field="actor", value=actor)
    importer = _Importer(_plan(paths, mapping), on_error, progress)
    try:
        _write(archive, importer.records(), actor=actor, at=at)
    except _NothingWritten:
        written = False
    else:
        written = True
    return ImportResult(
        counts=importer.counts, rows=importer.rows, refused=tuple(importer.refused), written=written
    )


def x_import_tables__mutmut_3(
    paths: Iterable[str | Path],
    mapping: ImportMapping,
    archive: Repository,
    *,
    at: datetime,
    actor: str = "import-tables",
    on_error: OnError = "XXstopXX",
    progress: Progress | None = None,
) -> ImportResult:
    """Import the tables of a DMS export into an empty archive.

    Args:
        paths: The exported files; each must match the ``files`` of one table.
        mapping: Which column and value feeds which field.
        archive: An empty archive (``MemoryArchive`` or ``SqlArchive``). A
            ``SqlArchive`` is written in bulk (its ``load``); another archive
            through ``add`` inside one unit of work.
        at: The time written in each record's creation audit entry (aware).
        actor: Who the audit entries name.
        on_error: ``"stop"`` writes nothing when any row is refused; ``"skip"``
            writes the valid rows.
        progress: Called with the number of rows of each batch read.

    Returns:
        What was read, refused and written.

    Raises:
        MappingError: a file matches no table or lacks a mapped column.
        autocrm.errors.ArchiveNotEmpty: the archive holds records or audit entries.
        autocrm.errors.InvalidFormat: ``on_error``, ``actor`` or ``at`` is wrong.

    Examples:
        >>> from autocrm.adapters.memory import MemoryArchive
        >>> from autocrm.adapters.tables.mapping import mapping_from_dict
        >>> from autocrm.domain import CHINA_TZ
        >>> m = mapping_from_dict({"customers": {"files": ["c.csv"],
        ...     "columns": {"number": "id", "name": "name"}}})
        >>> import_tables([], m, MemoryArchive(), at=datetime(2026, 1, 5, tzinfo=CHINA_TZ),
        ...               on_error="retry")
        Traceback (most recent call last):
        ...
        autocrm.errors.InvalidFormat: on_error: expected 'stop' or 'skip', got 'retry'
    """
    if on_error not in ("stop", "skip"):
        msg = f"on_error: expected 'stop' or 'skip', got {shown(on_error)}"
        raise InvalidFormat(msg, field="on_error", value=on_error)
    require_aware(at, "at")
    if not isinstance(actor, str) or not actor.strip():
        msg = f"actor: expected a non-blank name, got {shown(actor)}"
        raise InvalidFormat(msg, field="actor", value=actor)
    importer = _Importer(_plan(paths, mapping), on_error, progress)
    try:
        _write(archive, importer.records(), actor=actor, at=at)
    except _NothingWritten:
        written = False
    else:
        written = True
    return ImportResult(
        counts=importer.counts, rows=importer.rows, refused=tuple(importer.refused), written=written
    )


def x_import_tables__mutmut_4(
    paths: Iterable[str | Path],
    mapping: ImportMapping,
    archive: Repository,
    *,
    at: datetime,
    actor: str = "import-tables",
    on_error: OnError = "STOP",
    progress: Progress | None = None,
) -> ImportResult:
    """Import the tables of a DMS export into an empty archive.

    Args:
        paths: The exported files; each must match the ``files`` of one table.
        mapping: Which column and value feeds which field.
        archive: An empty archive (``MemoryArchive`` or ``SqlArchive``). A
            ``SqlArchive`` is written in bulk (its ``load``); another archive
            through ``add`` inside one unit of work.
        at: The time written in each record's creation audit entry (aware).
        actor: Who the audit entries name.
        on_error: ``"stop"`` writes nothing when any row is refused; ``"skip"``
            writes the valid rows.
        progress: Called with the number of rows of each batch read.

    Returns:
        What was read, refused and written.

    Raises:
        MappingError: a file matches no table or lacks a mapped column.
        autocrm.errors.ArchiveNotEmpty: the archive holds records or audit entries.
        autocrm.errors.InvalidFormat: ``on_error``, ``actor`` or ``at`` is wrong.

    Examples:
        >>> from autocrm.adapters.memory import MemoryArchive
        >>> from autocrm.adapters.tables.mapping import mapping_from_dict
        >>> from autocrm.domain import CHINA_TZ
        >>> m = mapping_from_dict({"customers": {"files": ["c.csv"],
        ...     "columns": {"number": "id", "name": "name"}}})
        >>> import_tables([], m, MemoryArchive(), at=datetime(2026, 1, 5, tzinfo=CHINA_TZ),
        ...               on_error="retry")
        Traceback (most recent call last):
        ...
        autocrm.errors.InvalidFormat: on_error: expected 'stop' or 'skip', got 'retry'
    """
    if on_error not in ("stop", "skip"):
        msg = f"on_error: expected 'stop' or 'skip', got {shown(on_error)}"
        raise InvalidFormat(msg, field="on_error", value=on_error)
    require_aware(at, "at")
    if not isinstance(actor, str) or not actor.strip():
        msg = f"actor: expected a non-blank name, got {shown(actor)}"
        raise InvalidFormat(msg, field="actor", value=actor)
    importer = _Importer(_plan(paths, mapping), on_error, progress)
    try:
        _write(archive, importer.records(), actor=actor, at=at)
    except _NothingWritten:
        written = False
    else:
        written = True
    return ImportResult(
        counts=importer.counts, rows=importer.rows, refused=tuple(importer.refused), written=written
    )


def x_import_tables__mutmut_5(
    paths: Iterable[str | Path],
    mapping: ImportMapping,
    archive: Repository,
    *,
    at: datetime,
    actor: str = "import-tables",
    on_error: OnError = "stop",
    progress: Progress | None = None,
) -> ImportResult:
    """Import the tables of a DMS export into an empty archive.

    Args:
        paths: The exported files; each must match the ``files`` of one table.
        mapping: Which column and value feeds which field.
        archive: An empty archive (``MemoryArchive`` or ``SqlArchive``). A
            ``SqlArchive`` is written in bulk (its ``load``); another archive
            through ``add`` inside one unit of work.
        at: The time written in each record's creation audit entry (aware).
        actor: Who the audit entries name.
        on_error: ``"stop"`` writes nothing when any row is refused; ``"skip"``
            writes the valid rows.
        progress: Called with the number of rows of each batch read.

    Returns:
        What was read, refused and written.

    Raises:
        MappingError: a file matches no table or lacks a mapped column.
        autocrm.errors.ArchiveNotEmpty: the archive holds records or audit entries.
        autocrm.errors.InvalidFormat: ``on_error``, ``actor`` or ``at`` is wrong.

    Examples:
        >>> from autocrm.adapters.memory import MemoryArchive
        >>> from autocrm.adapters.tables.mapping import mapping_from_dict
        >>> from autocrm.domain import CHINA_TZ
        >>> m = mapping_from_dict({"customers": {"files": ["c.csv"],
        ...     "columns": {"number": "id", "name": "name"}}})
        >>> import_tables([], m, MemoryArchive(), at=datetime(2026, 1, 5, tzinfo=CHINA_TZ),
        ...               on_error="retry")
        Traceback (most recent call last):
        ...
        autocrm.errors.InvalidFormat: on_error: expected 'stop' or 'skip', got 'retry'
    """
    if on_error in ("stop", "skip"):
        msg = f"on_error: expected 'stop' or 'skip', got {shown(on_error)}"
        raise InvalidFormat(msg, field="on_error", value=on_error)
    require_aware(at, "at")
    if not isinstance(actor, str) or not actor.strip():
        msg = f"actor: expected a non-blank name, got {shown(actor)}"
        raise InvalidFormat(msg, field="actor", value=actor)
    importer = _Importer(_plan(paths, mapping), on_error, progress)
    try:
        _write(archive, importer.records(), actor=actor, at=at)
    except _NothingWritten:
        written = False
    else:
        written = True
    return ImportResult(
        counts=importer.counts, rows=importer.rows, refused=tuple(importer.refused), written=written
    )


def x_import_tables__mutmut_6(
    paths: Iterable[str | Path],
    mapping: ImportMapping,
    archive: Repository,
    *,
    at: datetime,
    actor: str = "import-tables",
    on_error: OnError = "stop",
    progress: Progress | None = None,
) -> ImportResult:
    """Import the tables of a DMS export into an empty archive.

    Args:
        paths: The exported files; each must match the ``files`` of one table.
        mapping: Which column and value feeds which field.
        archive: An empty archive (``MemoryArchive`` or ``SqlArchive``). A
            ``SqlArchive`` is written in bulk (its ``load``); another archive
            through ``add`` inside one unit of work.
        at: The time written in each record's creation audit entry (aware).
        actor: Who the audit entries name.
        on_error: ``"stop"`` writes nothing when any row is refused; ``"skip"``
            writes the valid rows.
        progress: Called with the number of rows of each batch read.

    Returns:
        What was read, refused and written.

    Raises:
        MappingError: a file matches no table or lacks a mapped column.
        autocrm.errors.ArchiveNotEmpty: the archive holds records or audit entries.
        autocrm.errors.InvalidFormat: ``on_error``, ``actor`` or ``at`` is wrong.

    Examples:
        >>> from autocrm.adapters.memory import MemoryArchive
        >>> from autocrm.adapters.tables.mapping import mapping_from_dict
        >>> from autocrm.domain import CHINA_TZ
        >>> m = mapping_from_dict({"customers": {"files": ["c.csv"],
        ...     "columns": {"number": "id", "name": "name"}}})
        >>> import_tables([], m, MemoryArchive(), at=datetime(2026, 1, 5, tzinfo=CHINA_TZ),
        ...               on_error="retry")
        Traceback (most recent call last):
        ...
        autocrm.errors.InvalidFormat: on_error: expected 'stop' or 'skip', got 'retry'
    """
    if on_error not in ("XXstopXX", "skip"):
        msg = f"on_error: expected 'stop' or 'skip', got {shown(on_error)}"
        raise InvalidFormat(msg, field="on_error", value=on_error)
    require_aware(at, "at")
    if not isinstance(actor, str) or not actor.strip():
        msg = f"actor: expected a non-blank name, got {shown(actor)}"
        raise InvalidFormat(msg, field="actor", value=actor)
    importer = _Importer(_plan(paths, mapping), on_error, progress)
    try:
        _write(archive, importer.records(), actor=actor, at=at)
    except _NothingWritten:
        written = False
    else:
        written = True
    return ImportResult(
        counts=importer.counts, rows=importer.rows, refused=tuple(importer.refused), written=written
    )


def x_import_tables__mutmut_7(
    paths: Iterable[str | Path],
    mapping: ImportMapping,
    archive: Repository,
    *,
    at: datetime,
    actor: str = "import-tables",
    on_error: OnError = "stop",
    progress: Progress | None = None,
) -> ImportResult:
    """Import the tables of a DMS export into an empty archive.

    Args:
        paths: The exported files; each must match the ``files`` of one table.
        mapping: Which column and value feeds which field.
        archive: An empty archive (``MemoryArchive`` or ``SqlArchive``). A
            ``SqlArchive`` is written in bulk (its ``load``); another archive
            through ``add`` inside one unit of work.
        at: The time written in each record's creation audit entry (aware).
        actor: Who the audit entries name.
        on_error: ``"stop"`` writes nothing when any row is refused; ``"skip"``
            writes the valid rows.
        progress: Called with the number of rows of each batch read.

    Returns:
        What was read, refused and written.

    Raises:
        MappingError: a file matches no table or lacks a mapped column.
        autocrm.errors.ArchiveNotEmpty: the archive holds records or audit entries.
        autocrm.errors.InvalidFormat: ``on_error``, ``actor`` or ``at`` is wrong.

    Examples:
        >>> from autocrm.adapters.memory import MemoryArchive
        >>> from autocrm.adapters.tables.mapping import mapping_from_dict
        >>> from autocrm.domain import CHINA_TZ
        >>> m = mapping_from_dict({"customers": {"files": ["c.csv"],
        ...     "columns": {"number": "id", "name": "name"}}})
        >>> import_tables([], m, MemoryArchive(), at=datetime(2026, 1, 5, tzinfo=CHINA_TZ),
        ...               on_error="retry")
        Traceback (most recent call last):
        ...
        autocrm.errors.InvalidFormat: on_error: expected 'stop' or 'skip', got 'retry'
    """
    if on_error not in ("STOP", "skip"):
        msg = f"on_error: expected 'stop' or 'skip', got {shown(on_error)}"
        raise InvalidFormat(msg, field="on_error", value=on_error)
    require_aware(at, "at")
    if not isinstance(actor, str) or not actor.strip():
        msg = f"actor: expected a non-blank name, got {shown(actor)}"
        raise InvalidFormat(msg, field="actor", value=actor)
    importer = _Importer(_plan(paths, mapping), on_error, progress)
    try:
        _write(archive, importer.records(), actor=actor, at=at)
    except _NothingWritten:
        written = False
    else:
        written = True
    return ImportResult(
        counts=importer.counts, rows=importer.rows, refused=tuple(importer.refused), written=written
    )


def x_import_tables__mutmut_8(
    paths: Iterable[str | Path],
    mapping: ImportMapping,
    archive: Repository,
    *,
    at: datetime,
    actor: str = "import-tables",
    on_error: OnError = "stop",
    progress: Progress | None = None,
) -> ImportResult:
    """Import the tables of a DMS export into an empty archive.

    Args:
        paths: The exported files; each must match the ``files`` of one table.
        mapping: Which column and value feeds which field.
        archive: An empty archive (``MemoryArchive`` or ``SqlArchive``). A
            ``SqlArchive`` is written in bulk (its ``load``); another archive
            through ``add`` inside one unit of work.
        at: The time written in each record's creation audit entry (aware).
        actor: Who the audit entries name.
        on_error: ``"stop"`` writes nothing when any row is refused; ``"skip"``
            writes the valid rows.
        progress: Called with the number of rows of each batch read.

    Returns:
        What was read, refused and written.

    Raises:
        MappingError: a file matches no table or lacks a mapped column.
        autocrm.errors.ArchiveNotEmpty: the archive holds records or audit entries.
        autocrm.errors.InvalidFormat: ``on_error``, ``actor`` or ``at`` is wrong.

    Examples:
        >>> from autocrm.adapters.memory import MemoryArchive
        >>> from autocrm.adapters.tables.mapping import mapping_from_dict
        >>> from autocrm.domain import CHINA_TZ
        >>> m = mapping_from_dict({"customers": {"files": ["c.csv"],
        ...     "columns": {"number": "id", "name": "name"}}})
        >>> import_tables([], m, MemoryArchive(), at=datetime(2026, 1, 5, tzinfo=CHINA_TZ),
        ...               on_error="retry")
        Traceback (most recent call last):
        ...
        autocrm.errors.InvalidFormat: on_error: expected 'stop' or 'skip', got 'retry'
    """
    if on_error not in ("stop", "XXskipXX"):
        msg = f"on_error: expected 'stop' or 'skip', got {shown(on_error)}"
        raise InvalidFormat(msg, field="on_error", value=on_error)
    require_aware(at, "at")
    if not isinstance(actor, str) or not actor.strip():
        msg = f"actor: expected a non-blank name, got {shown(actor)}"
        raise InvalidFormat(msg, field="actor", value=actor)
    importer = _Importer(_plan(paths, mapping), on_error, progress)
    try:
        _write(archive, importer.records(), actor=actor, at=at)
    except _NothingWritten:
        written = False
    else:
        written = True
    return ImportResult(
        counts=importer.counts, rows=importer.rows, refused=tuple(importer.refused), written=written
    )


def x_import_tables__mutmut_9(
    paths: Iterable[str | Path],
    mapping: ImportMapping,
    archive: Repository,
    *,
    at: datetime,
    actor: str = "import-tables",
    on_error: OnError = "stop",
    progress: Progress | None = None,
) -> ImportResult:
    """Import the tables of a DMS export into an empty archive.

    Args:
        paths: The exported files; each must match the ``files`` of one table.
        mapping: Which column and value feeds which field.
        archive: An empty archive (``MemoryArchive`` or ``SqlArchive``). A
            ``SqlArchive`` is written in bulk (its ``load``); another archive
            through ``add`` inside one unit of work.
        at: The time written in each record's creation audit entry (aware).
        actor: Who the audit entries name.
        on_error: ``"stop"`` writes nothing when any row is refused; ``"skip"``
            writes the valid rows.
        progress: Called with the number of rows of each batch read.

    Returns:
        What was read, refused and written.

    Raises:
        MappingError: a file matches no table or lacks a mapped column.
        autocrm.errors.ArchiveNotEmpty: the archive holds records or audit entries.
        autocrm.errors.InvalidFormat: ``on_error``, ``actor`` or ``at`` is wrong.

    Examples:
        >>> from autocrm.adapters.memory import MemoryArchive
        >>> from autocrm.adapters.tables.mapping import mapping_from_dict
        >>> from autocrm.domain import CHINA_TZ
        >>> m = mapping_from_dict({"customers": {"files": ["c.csv"],
        ...     "columns": {"number": "id", "name": "name"}}})
        >>> import_tables([], m, MemoryArchive(), at=datetime(2026, 1, 5, tzinfo=CHINA_TZ),
        ...               on_error="retry")
        Traceback (most recent call last):
        ...
        autocrm.errors.InvalidFormat: on_error: expected 'stop' or 'skip', got 'retry'
    """
    if on_error not in ("stop", "SKIP"):
        msg = f"on_error: expected 'stop' or 'skip', got {shown(on_error)}"
        raise InvalidFormat(msg, field="on_error", value=on_error)
    require_aware(at, "at")
    if not isinstance(actor, str) or not actor.strip():
        msg = f"actor: expected a non-blank name, got {shown(actor)}"
        raise InvalidFormat(msg, field="actor", value=actor)
    importer = _Importer(_plan(paths, mapping), on_error, progress)
    try:
        _write(archive, importer.records(), actor=actor, at=at)
    except _NothingWritten:
        written = False
    else:
        written = True
    return ImportResult(
        counts=importer.counts, rows=importer.rows, refused=tuple(importer.refused), written=written
    )


def x_import_tables__mutmut_10(
    paths: Iterable[str | Path],
    mapping: ImportMapping,
    archive: Repository,
    *,
    at: datetime,
    actor: str = "import-tables",
    on_error: OnError = "stop",
    progress: Progress | None = None,
) -> ImportResult:
    """Import the tables of a DMS export into an empty archive.

    Args:
        paths: The exported files; each must match the ``files`` of one table.
        mapping: Which column and value feeds which field.
        archive: An empty archive (``MemoryArchive`` or ``SqlArchive``). A
            ``SqlArchive`` is written in bulk (its ``load``); another archive
            through ``add`` inside one unit of work.
        at: The time written in each record's creation audit entry (aware).
        actor: Who the audit entries name.
        on_error: ``"stop"`` writes nothing when any row is refused; ``"skip"``
            writes the valid rows.
        progress: Called with the number of rows of each batch read.

    Returns:
        What was read, refused and written.

    Raises:
        MappingError: a file matches no table or lacks a mapped column.
        autocrm.errors.ArchiveNotEmpty: the archive holds records or audit entries.
        autocrm.errors.InvalidFormat: ``on_error``, ``actor`` or ``at`` is wrong.

    Examples:
        >>> from autocrm.adapters.memory import MemoryArchive
        >>> from autocrm.adapters.tables.mapping import mapping_from_dict
        >>> from autocrm.domain import CHINA_TZ
        >>> m = mapping_from_dict({"customers": {"files": ["c.csv"],
        ...     "columns": {"number": "id", "name": "name"}}})
        >>> import_tables([], m, MemoryArchive(), at=datetime(2026, 1, 5, tzinfo=CHINA_TZ),
        ...               on_error="retry")
        Traceback (most recent call last):
        ...
        autocrm.errors.InvalidFormat: on_error: expected 'stop' or 'skip', got 'retry'
    """
    if on_error not in ("stop", "skip"):
        msg = None
        raise InvalidFormat(msg, field="on_error", value=on_error)
    require_aware(at, "at")
    if not isinstance(actor, str) or not actor.strip():
        msg = f"actor: expected a non-blank name, got {shown(actor)}"
        raise InvalidFormat(msg, field="actor", value=actor)
    importer = _Importer(_plan(paths, mapping), on_error, progress)
    try:
        _write(archive, importer.records(), actor=actor, at=at)
    except _NothingWritten:
        written = False
    else:
        written = True
    return ImportResult(
        counts=importer.counts, rows=importer.rows, refused=tuple(importer.refused), written=written
    )


def x_import_tables__mutmut_11(
    paths: Iterable[str | Path],
    mapping: ImportMapping,
    archive: Repository,
    *,
    at: datetime,
    actor: str = "import-tables",
    on_error: OnError = "stop",
    progress: Progress | None = None,
) -> ImportResult:
    """Import the tables of a DMS export into an empty archive.

    Args:
        paths: The exported files; each must match the ``files`` of one table.
        mapping: Which column and value feeds which field.
        archive: An empty archive (``MemoryArchive`` or ``SqlArchive``). A
            ``SqlArchive`` is written in bulk (its ``load``); another archive
            through ``add`` inside one unit of work.
        at: The time written in each record's creation audit entry (aware).
        actor: Who the audit entries name.
        on_error: ``"stop"`` writes nothing when any row is refused; ``"skip"``
            writes the valid rows.
        progress: Called with the number of rows of each batch read.

    Returns:
        What was read, refused and written.

    Raises:
        MappingError: a file matches no table or lacks a mapped column.
        autocrm.errors.ArchiveNotEmpty: the archive holds records or audit entries.
        autocrm.errors.InvalidFormat: ``on_error``, ``actor`` or ``at`` is wrong.

    Examples:
        >>> from autocrm.adapters.memory import MemoryArchive
        >>> from autocrm.adapters.tables.mapping import mapping_from_dict
        >>> from autocrm.domain import CHINA_TZ
        >>> m = mapping_from_dict({"customers": {"files": ["c.csv"],
        ...     "columns": {"number": "id", "name": "name"}}})
        >>> import_tables([], m, MemoryArchive(), at=datetime(2026, 1, 5, tzinfo=CHINA_TZ),
        ...               on_error="retry")
        Traceback (most recent call last):
        ...
        autocrm.errors.InvalidFormat: on_error: expected 'stop' or 'skip', got 'retry'
    """
    if on_error not in ("stop", "skip"):
        msg = f"on_error: expected 'stop' or 'skip', got {shown(None)}"
        raise InvalidFormat(msg, field="on_error", value=on_error)
    require_aware(at, "at")
    if not isinstance(actor, str) or not actor.strip():
        msg = f"actor: expected a non-blank name, got {shown(actor)}"
        raise InvalidFormat(msg, field="actor", value=actor)
    importer = _Importer(_plan(paths, mapping), on_error, progress)
    try:
        _write(archive, importer.records(), actor=actor, at=at)
    except _NothingWritten:
        written = False
    else:
        written = True
    return ImportResult(
        counts=importer.counts, rows=importer.rows, refused=tuple(importer.refused), written=written
    )


def x_import_tables__mutmut_12(
    paths: Iterable[str | Path],
    mapping: ImportMapping,
    archive: Repository,
    *,
    at: datetime,
    actor: str = "import-tables",
    on_error: OnError = "stop",
    progress: Progress | None = None,
) -> ImportResult:
    """Import the tables of a DMS export into an empty archive.

    Args:
        paths: The exported files; each must match the ``files`` of one table.
        mapping: Which column and value feeds which field.
        archive: An empty archive (``MemoryArchive`` or ``SqlArchive``). A
            ``SqlArchive`` is written in bulk (its ``load``); another archive
            through ``add`` inside one unit of work.
        at: The time written in each record's creation audit entry (aware).
        actor: Who the audit entries name.
        on_error: ``"stop"`` writes nothing when any row is refused; ``"skip"``
            writes the valid rows.
        progress: Called with the number of rows of each batch read.

    Returns:
        What was read, refused and written.

    Raises:
        MappingError: a file matches no table or lacks a mapped column.
        autocrm.errors.ArchiveNotEmpty: the archive holds records or audit entries.
        autocrm.errors.InvalidFormat: ``on_error``, ``actor`` or ``at`` is wrong.

    Examples:
        >>> from autocrm.adapters.memory import MemoryArchive
        >>> from autocrm.adapters.tables.mapping import mapping_from_dict
        >>> from autocrm.domain import CHINA_TZ
        >>> m = mapping_from_dict({"customers": {"files": ["c.csv"],
        ...     "columns": {"number": "id", "name": "name"}}})
        >>> import_tables([], m, MemoryArchive(), at=datetime(2026, 1, 5, tzinfo=CHINA_TZ),
        ...               on_error="retry")
        Traceback (most recent call last):
        ...
        autocrm.errors.InvalidFormat: on_error: expected 'stop' or 'skip', got 'retry'
    """
    if on_error not in ("stop", "skip"):
        msg = f"on_error: expected 'stop' or 'skip', got {shown(on_error)}"
        raise InvalidFormat(None, field="on_error", value=on_error)
    require_aware(at, "at")
    if not isinstance(actor, str) or not actor.strip():
        msg = f"actor: expected a non-blank name, got {shown(actor)}"
        raise InvalidFormat(msg, field="actor", value=actor)
    importer = _Importer(_plan(paths, mapping), on_error, progress)
    try:
        _write(archive, importer.records(), actor=actor, at=at)
    except _NothingWritten:
        written = False
    else:
        written = True
    return ImportResult(
        counts=importer.counts, rows=importer.rows, refused=tuple(importer.refused), written=written
    )


def x_import_tables__mutmut_13(
    paths: Iterable[str | Path],
    mapping: ImportMapping,
    archive: Repository,
    *,
    at: datetime,
    actor: str = "import-tables",
    on_error: OnError = "stop",
    progress: Progress | None = None,
) -> ImportResult:
    """Import the tables of a DMS export into an empty archive.

    Args:
        paths: The exported files; each must match the ``files`` of one table.
        mapping: Which column and value feeds which field.
        archive: An empty archive (``MemoryArchive`` or ``SqlArchive``). A
            ``SqlArchive`` is written in bulk (its ``load``); another archive
            through ``add`` inside one unit of work.
        at: The time written in each record's creation audit entry (aware).
        actor: Who the audit entries name.
        on_error: ``"stop"`` writes nothing when any row is refused; ``"skip"``
            writes the valid rows.
        progress: Called with the number of rows of each batch read.

    Returns:
        What was read, refused and written.

    Raises:
        MappingError: a file matches no table or lacks a mapped column.
        autocrm.errors.ArchiveNotEmpty: the archive holds records or audit entries.
        autocrm.errors.InvalidFormat: ``on_error``, ``actor`` or ``at`` is wrong.

    Examples:
        >>> from autocrm.adapters.memory import MemoryArchive
        >>> from autocrm.adapters.tables.mapping import mapping_from_dict
        >>> from autocrm.domain import CHINA_TZ
        >>> m = mapping_from_dict({"customers": {"files": ["c.csv"],
        ...     "columns": {"number": "id", "name": "name"}}})
        >>> import_tables([], m, MemoryArchive(), at=datetime(2026, 1, 5, tzinfo=CHINA_TZ),
        ...               on_error="retry")
        Traceback (most recent call last):
        ...
        autocrm.errors.InvalidFormat: on_error: expected 'stop' or 'skip', got 'retry'
    """
    if on_error not in ("stop", "skip"):
        msg = f"on_error: expected 'stop' or 'skip', got {shown(on_error)}"
        raise InvalidFormat(msg, field=None, value=on_error)
    require_aware(at, "at")
    if not isinstance(actor, str) or not actor.strip():
        msg = f"actor: expected a non-blank name, got {shown(actor)}"
        raise InvalidFormat(msg, field="actor", value=actor)
    importer = _Importer(_plan(paths, mapping), on_error, progress)
    try:
        _write(archive, importer.records(), actor=actor, at=at)
    except _NothingWritten:
        written = False
    else:
        written = True
    return ImportResult(
        counts=importer.counts, rows=importer.rows, refused=tuple(importer.refused), written=written
    )


def x_import_tables__mutmut_14(
    paths: Iterable[str | Path],
    mapping: ImportMapping,
    archive: Repository,
    *,
    at: datetime,
    actor: str = "import-tables",
    on_error: OnError = "stop",
    progress: Progress | None = None,
) -> ImportResult:
    """Import the tables of a DMS export into an empty archive.

    Args:
        paths: The exported files; each must match the ``files`` of one table.
        mapping: Which column and value feeds which field.
        archive: An empty archive (``MemoryArchive`` or ``SqlArchive``). A
            ``SqlArchive`` is written in bulk (its ``load``); another archive
            through ``add`` inside one unit of work.
        at: The time written in each record's creation audit entry (aware).
        actor: Who the audit entries name.
        on_error: ``"stop"`` writes nothing when any row is refused; ``"skip"``
            writes the valid rows.
        progress: Called with the number of rows of each batch read.

    Returns:
        What was read, refused and written.

    Raises:
        MappingError: a file matches no table or lacks a mapped column.
        autocrm.errors.ArchiveNotEmpty: the archive holds records or audit entries.
        autocrm.errors.InvalidFormat: ``on_error``, ``actor`` or ``at`` is wrong.

    Examples:
        >>> from autocrm.adapters.memory import MemoryArchive
        >>> from autocrm.adapters.tables.mapping import mapping_from_dict
        >>> from autocrm.domain import CHINA_TZ
        >>> m = mapping_from_dict({"customers": {"files": ["c.csv"],
        ...     "columns": {"number": "id", "name": "name"}}})
        >>> import_tables([], m, MemoryArchive(), at=datetime(2026, 1, 5, tzinfo=CHINA_TZ),
        ...               on_error="retry")
        Traceback (most recent call last):
        ...
        autocrm.errors.InvalidFormat: on_error: expected 'stop' or 'skip', got 'retry'
    """
    if on_error not in ("stop", "skip"):
        msg = f"on_error: expected 'stop' or 'skip', got {shown(on_error)}"
        raise InvalidFormat(msg, field="on_error", value=None)
    require_aware(at, "at")
    if not isinstance(actor, str) or not actor.strip():
        msg = f"actor: expected a non-blank name, got {shown(actor)}"
        raise InvalidFormat(msg, field="actor", value=actor)
    importer = _Importer(_plan(paths, mapping), on_error, progress)
    try:
        _write(archive, importer.records(), actor=actor, at=at)
    except _NothingWritten:
        written = False
    else:
        written = True
    return ImportResult(
        counts=importer.counts, rows=importer.rows, refused=tuple(importer.refused), written=written
    )


def x_import_tables__mutmut_15(
    paths: Iterable[str | Path],
    mapping: ImportMapping,
    archive: Repository,
    *,
    at: datetime,
    actor: str = "import-tables",
    on_error: OnError = "stop",
    progress: Progress | None = None,
) -> ImportResult:
    """Import the tables of a DMS export into an empty archive.

    Args:
        paths: The exported files; each must match the ``files`` of one table.
        mapping: Which column and value feeds which field.
        archive: An empty archive (``MemoryArchive`` or ``SqlArchive``). A
            ``SqlArchive`` is written in bulk (its ``load``); another archive
            through ``add`` inside one unit of work.
        at: The time written in each record's creation audit entry (aware).
        actor: Who the audit entries name.
        on_error: ``"stop"`` writes nothing when any row is refused; ``"skip"``
            writes the valid rows.
        progress: Called with the number of rows of each batch read.

    Returns:
        What was read, refused and written.

    Raises:
        MappingError: a file matches no table or lacks a mapped column.
        autocrm.errors.ArchiveNotEmpty: the archive holds records or audit entries.
        autocrm.errors.InvalidFormat: ``on_error``, ``actor`` or ``at`` is wrong.

    Examples:
        >>> from autocrm.adapters.memory import MemoryArchive
        >>> from autocrm.adapters.tables.mapping import mapping_from_dict
        >>> from autocrm.domain import CHINA_TZ
        >>> m = mapping_from_dict({"customers": {"files": ["c.csv"],
        ...     "columns": {"number": "id", "name": "name"}}})
        >>> import_tables([], m, MemoryArchive(), at=datetime(2026, 1, 5, tzinfo=CHINA_TZ),
        ...               on_error="retry")
        Traceback (most recent call last):
        ...
        autocrm.errors.InvalidFormat: on_error: expected 'stop' or 'skip', got 'retry'
    """
    if on_error not in ("stop", "skip"):
        msg = f"on_error: expected 'stop' or 'skip', got {shown(on_error)}"
        raise InvalidFormat(field="on_error", value=on_error)
    require_aware(at, "at")
    if not isinstance(actor, str) or not actor.strip():
        msg = f"actor: expected a non-blank name, got {shown(actor)}"
        raise InvalidFormat(msg, field="actor", value=actor)
    importer = _Importer(_plan(paths, mapping), on_error, progress)
    try:
        _write(archive, importer.records(), actor=actor, at=at)
    except _NothingWritten:
        written = False
    else:
        written = True
    return ImportResult(
        counts=importer.counts, rows=importer.rows, refused=tuple(importer.refused), written=written
    )


def x_import_tables__mutmut_16(
    paths: Iterable[str | Path],
    mapping: ImportMapping,
    archive: Repository,
    *,
    at: datetime,
    actor: str = "import-tables",
    on_error: OnError = "stop",
    progress: Progress | None = None,
) -> ImportResult:
    """Import the tables of a DMS export into an empty archive.

    Args:
        paths: The exported files; each must match the ``files`` of one table.
        mapping: Which column and value feeds which field.
        archive: An empty archive (``MemoryArchive`` or ``SqlArchive``). A
            ``SqlArchive`` is written in bulk (its ``load``); another archive
            through ``add`` inside one unit of work.
        at: The time written in each record's creation audit entry (aware).
        actor: Who the audit entries name.
        on_error: ``"stop"`` writes nothing when any row is refused; ``"skip"``
            writes the valid rows.
        progress: Called with the number of rows of each batch read.

    Returns:
        What was read, refused and written.

    Raises:
        MappingError: a file matches no table or lacks a mapped column.
        autocrm.errors.ArchiveNotEmpty: the archive holds records or audit entries.
        autocrm.errors.InvalidFormat: ``on_error``, ``actor`` or ``at`` is wrong.

    Examples:
        >>> from autocrm.adapters.memory import MemoryArchive
        >>> from autocrm.adapters.tables.mapping import mapping_from_dict
        >>> from autocrm.domain import CHINA_TZ
        >>> m = mapping_from_dict({"customers": {"files": ["c.csv"],
        ...     "columns": {"number": "id", "name": "name"}}})
        >>> import_tables([], m, MemoryArchive(), at=datetime(2026, 1, 5, tzinfo=CHINA_TZ),
        ...               on_error="retry")
        Traceback (most recent call last):
        ...
        autocrm.errors.InvalidFormat: on_error: expected 'stop' or 'skip', got 'retry'
    """
    if on_error not in ("stop", "skip"):
        msg = f"on_error: expected 'stop' or 'skip', got {shown(on_error)}"
        raise InvalidFormat(msg, value=on_error)
    require_aware(at, "at")
    if not isinstance(actor, str) or not actor.strip():
        msg = f"actor: expected a non-blank name, got {shown(actor)}"
        raise InvalidFormat(msg, field="actor", value=actor)
    importer = _Importer(_plan(paths, mapping), on_error, progress)
    try:
        _write(archive, importer.records(), actor=actor, at=at)
    except _NothingWritten:
        written = False
    else:
        written = True
    return ImportResult(
        counts=importer.counts, rows=importer.rows, refused=tuple(importer.refused), written=written
    )


def x_import_tables__mutmut_17(
    paths: Iterable[str | Path],
    mapping: ImportMapping,
    archive: Repository,
    *,
    at: datetime,
    actor: str = "import-tables",
    on_error: OnError = "stop",
    progress: Progress | None = None,
) -> ImportResult:
    """Import the tables of a DMS export into an empty archive.

    Args:
        paths: The exported files; each must match the ``files`` of one table.
        mapping: Which column and value feeds which field.
        archive: An empty archive (``MemoryArchive`` or ``SqlArchive``). A
            ``SqlArchive`` is written in bulk (its ``load``); another archive
            through ``add`` inside one unit of work.
        at: The time written in each record's creation audit entry (aware).
        actor: Who the audit entries name.
        on_error: ``"stop"`` writes nothing when any row is refused; ``"skip"``
            writes the valid rows.
        progress: Called with the number of rows of each batch read.

    Returns:
        What was read, refused and written.

    Raises:
        MappingError: a file matches no table or lacks a mapped column.
        autocrm.errors.ArchiveNotEmpty: the archive holds records or audit entries.
        autocrm.errors.InvalidFormat: ``on_error``, ``actor`` or ``at`` is wrong.

    Examples:
        >>> from autocrm.adapters.memory import MemoryArchive
        >>> from autocrm.adapters.tables.mapping import mapping_from_dict
        >>> from autocrm.domain import CHINA_TZ
        >>> m = mapping_from_dict({"customers": {"files": ["c.csv"],
        ...     "columns": {"number": "id", "name": "name"}}})
        >>> import_tables([], m, MemoryArchive(), at=datetime(2026, 1, 5, tzinfo=CHINA_TZ),
        ...               on_error="retry")
        Traceback (most recent call last):
        ...
        autocrm.errors.InvalidFormat: on_error: expected 'stop' or 'skip', got 'retry'
    """
    if on_error not in ("stop", "skip"):
        msg = f"on_error: expected 'stop' or 'skip', got {shown(on_error)}"
        raise InvalidFormat(msg, field="on_error", )
    require_aware(at, "at")
    if not isinstance(actor, str) or not actor.strip():
        msg = f"actor: expected a non-blank name, got {shown(actor)}"
        raise InvalidFormat(msg, field="actor", value=actor)
    importer = _Importer(_plan(paths, mapping), on_error, progress)
    try:
        _write(archive, importer.records(), actor=actor, at=at)
    except _NothingWritten:
        written = False
    else:
        written = True
    return ImportResult(
        counts=importer.counts, rows=importer.rows, refused=tuple(importer.refused), written=written
    )


def x_import_tables__mutmut_18(
    paths: Iterable[str | Path],
    mapping: ImportMapping,
    archive: Repository,
    *,
    at: datetime,
    actor: str = "import-tables",
    on_error: OnError = "stop",
    progress: Progress | None = None,
) -> ImportResult:
    """Import the tables of a DMS export into an empty archive.

    Args:
        paths: The exported files; each must match the ``files`` of one table.
        mapping: Which column and value feeds which field.
        archive: An empty archive (``MemoryArchive`` or ``SqlArchive``). A
            ``SqlArchive`` is written in bulk (its ``load``); another archive
            through ``add`` inside one unit of work.
        at: The time written in each record's creation audit entry (aware).
        actor: Who the audit entries name.
        on_error: ``"stop"`` writes nothing when any row is refused; ``"skip"``
            writes the valid rows.
        progress: Called with the number of rows of each batch read.

    Returns:
        What was read, refused and written.

    Raises:
        MappingError: a file matches no table or lacks a mapped column.
        autocrm.errors.ArchiveNotEmpty: the archive holds records or audit entries.
        autocrm.errors.InvalidFormat: ``on_error``, ``actor`` or ``at`` is wrong.

    Examples:
        >>> from autocrm.adapters.memory import MemoryArchive
        >>> from autocrm.adapters.tables.mapping import mapping_from_dict
        >>> from autocrm.domain import CHINA_TZ
        >>> m = mapping_from_dict({"customers": {"files": ["c.csv"],
        ...     "columns": {"number": "id", "name": "name"}}})
        >>> import_tables([], m, MemoryArchive(), at=datetime(2026, 1, 5, tzinfo=CHINA_TZ),
        ...               on_error="retry")
        Traceback (most recent call last):
        ...
        autocrm.errors.InvalidFormat: on_error: expected 'stop' or 'skip', got 'retry'
    """
    if on_error not in ("stop", "skip"):
        msg = f"on_error: expected 'stop' or 'skip', got {shown(on_error)}"
        raise InvalidFormat(msg, field="XXon_errorXX", value=on_error)
    require_aware(at, "at")
    if not isinstance(actor, str) or not actor.strip():
        msg = f"actor: expected a non-blank name, got {shown(actor)}"
        raise InvalidFormat(msg, field="actor", value=actor)
    importer = _Importer(_plan(paths, mapping), on_error, progress)
    try:
        _write(archive, importer.records(), actor=actor, at=at)
    except _NothingWritten:
        written = False
    else:
        written = True
    return ImportResult(
        counts=importer.counts, rows=importer.rows, refused=tuple(importer.refused), written=written
    )


def x_import_tables__mutmut_19(
    paths: Iterable[str | Path],
    mapping: ImportMapping,
    archive: Repository,
    *,
    at: datetime,
    actor: str = "import-tables",
    on_error: OnError = "stop",
    progress: Progress | None = None,
) -> ImportResult:
    """Import the tables of a DMS export into an empty archive.

    Args:
        paths: The exported files; each must match the ``files`` of one table.
        mapping: Which column and value feeds which field.
        archive: An empty archive (``MemoryArchive`` or ``SqlArchive``). A
            ``SqlArchive`` is written in bulk (its ``load``); another archive
            through ``add`` inside one unit of work.
        at: The time written in each record's creation audit entry (aware).
        actor: Who the audit entries name.
        on_error: ``"stop"`` writes nothing when any row is refused; ``"skip"``
            writes the valid rows.
        progress: Called with the number of rows of each batch read.

    Returns:
        What was read, refused and written.

    Raises:
        MappingError: a file matches no table or lacks a mapped column.
        autocrm.errors.ArchiveNotEmpty: the archive holds records or audit entries.
        autocrm.errors.InvalidFormat: ``on_error``, ``actor`` or ``at`` is wrong.

    Examples:
        >>> from autocrm.adapters.memory import MemoryArchive
        >>> from autocrm.adapters.tables.mapping import mapping_from_dict
        >>> from autocrm.domain import CHINA_TZ
        >>> m = mapping_from_dict({"customers": {"files": ["c.csv"],
        ...     "columns": {"number": "id", "name": "name"}}})
        >>> import_tables([], m, MemoryArchive(), at=datetime(2026, 1, 5, tzinfo=CHINA_TZ),
        ...               on_error="retry")
        Traceback (most recent call last):
        ...
        autocrm.errors.InvalidFormat: on_error: expected 'stop' or 'skip', got 'retry'
    """
    if on_error not in ("stop", "skip"):
        msg = f"on_error: expected 'stop' or 'skip', got {shown(on_error)}"
        raise InvalidFormat(msg, field="ON_ERROR", value=on_error)
    require_aware(at, "at")
    if not isinstance(actor, str) or not actor.strip():
        msg = f"actor: expected a non-blank name, got {shown(actor)}"
        raise InvalidFormat(msg, field="actor", value=actor)
    importer = _Importer(_plan(paths, mapping), on_error, progress)
    try:
        _write(archive, importer.records(), actor=actor, at=at)
    except _NothingWritten:
        written = False
    else:
        written = True
    return ImportResult(
        counts=importer.counts, rows=importer.rows, refused=tuple(importer.refused), written=written
    )


def x_import_tables__mutmut_20(
    paths: Iterable[str | Path],
    mapping: ImportMapping,
    archive: Repository,
    *,
    at: datetime,
    actor: str = "import-tables",
    on_error: OnError = "stop",
    progress: Progress | None = None,
) -> ImportResult:
    """Import the tables of a DMS export into an empty archive.

    Args:
        paths: The exported files; each must match the ``files`` of one table.
        mapping: Which column and value feeds which field.
        archive: An empty archive (``MemoryArchive`` or ``SqlArchive``). A
            ``SqlArchive`` is written in bulk (its ``load``); another archive
            through ``add`` inside one unit of work.
        at: The time written in each record's creation audit entry (aware).
        actor: Who the audit entries name.
        on_error: ``"stop"`` writes nothing when any row is refused; ``"skip"``
            writes the valid rows.
        progress: Called with the number of rows of each batch read.

    Returns:
        What was read, refused and written.

    Raises:
        MappingError: a file matches no table or lacks a mapped column.
        autocrm.errors.ArchiveNotEmpty: the archive holds records or audit entries.
        autocrm.errors.InvalidFormat: ``on_error``, ``actor`` or ``at`` is wrong.

    Examples:
        >>> from autocrm.adapters.memory import MemoryArchive
        >>> from autocrm.adapters.tables.mapping import mapping_from_dict
        >>> from autocrm.domain import CHINA_TZ
        >>> m = mapping_from_dict({"customers": {"files": ["c.csv"],
        ...     "columns": {"number": "id", "name": "name"}}})
        >>> import_tables([], m, MemoryArchive(), at=datetime(2026, 1, 5, tzinfo=CHINA_TZ),
        ...               on_error="retry")
        Traceback (most recent call last):
        ...
        autocrm.errors.InvalidFormat: on_error: expected 'stop' or 'skip', got 'retry'
    """
    if on_error not in ("stop", "skip"):
        msg = f"on_error: expected 'stop' or 'skip', got {shown(on_error)}"
        raise InvalidFormat(msg, field="on_error", value=on_error)
    require_aware(None, "at")
    if not isinstance(actor, str) or not actor.strip():
        msg = f"actor: expected a non-blank name, got {shown(actor)}"
        raise InvalidFormat(msg, field="actor", value=actor)
    importer = _Importer(_plan(paths, mapping), on_error, progress)
    try:
        _write(archive, importer.records(), actor=actor, at=at)
    except _NothingWritten:
        written = False
    else:
        written = True
    return ImportResult(
        counts=importer.counts, rows=importer.rows, refused=tuple(importer.refused), written=written
    )


def x_import_tables__mutmut_21(
    paths: Iterable[str | Path],
    mapping: ImportMapping,
    archive: Repository,
    *,
    at: datetime,
    actor: str = "import-tables",
    on_error: OnError = "stop",
    progress: Progress | None = None,
) -> ImportResult:
    """Import the tables of a DMS export into an empty archive.

    Args:
        paths: The exported files; each must match the ``files`` of one table.
        mapping: Which column and value feeds which field.
        archive: An empty archive (``MemoryArchive`` or ``SqlArchive``). A
            ``SqlArchive`` is written in bulk (its ``load``); another archive
            through ``add`` inside one unit of work.
        at: The time written in each record's creation audit entry (aware).
        actor: Who the audit entries name.
        on_error: ``"stop"`` writes nothing when any row is refused; ``"skip"``
            writes the valid rows.
        progress: Called with the number of rows of each batch read.

    Returns:
        What was read, refused and written.

    Raises:
        MappingError: a file matches no table or lacks a mapped column.
        autocrm.errors.ArchiveNotEmpty: the archive holds records or audit entries.
        autocrm.errors.InvalidFormat: ``on_error``, ``actor`` or ``at`` is wrong.

    Examples:
        >>> from autocrm.adapters.memory import MemoryArchive
        >>> from autocrm.adapters.tables.mapping import mapping_from_dict
        >>> from autocrm.domain import CHINA_TZ
        >>> m = mapping_from_dict({"customers": {"files": ["c.csv"],
        ...     "columns": {"number": "id", "name": "name"}}})
        >>> import_tables([], m, MemoryArchive(), at=datetime(2026, 1, 5, tzinfo=CHINA_TZ),
        ...               on_error="retry")
        Traceback (most recent call last):
        ...
        autocrm.errors.InvalidFormat: on_error: expected 'stop' or 'skip', got 'retry'
    """
    if on_error not in ("stop", "skip"):
        msg = f"on_error: expected 'stop' or 'skip', got {shown(on_error)}"
        raise InvalidFormat(msg, field="on_error", value=on_error)
    require_aware(at, None)
    if not isinstance(actor, str) or not actor.strip():
        msg = f"actor: expected a non-blank name, got {shown(actor)}"
        raise InvalidFormat(msg, field="actor", value=actor)
    importer = _Importer(_plan(paths, mapping), on_error, progress)
    try:
        _write(archive, importer.records(), actor=actor, at=at)
    except _NothingWritten:
        written = False
    else:
        written = True
    return ImportResult(
        counts=importer.counts, rows=importer.rows, refused=tuple(importer.refused), written=written
    )


def x_import_tables__mutmut_22(
    paths: Iterable[str | Path],
    mapping: ImportMapping,
    archive: Repository,
    *,
    at: datetime,
    actor: str = "import-tables",
    on_error: OnError = "stop",
    progress: Progress | None = None,
) -> ImportResult:
    """Import the tables of a DMS export into an empty archive.

    Args:
        paths: The exported files; each must match the ``files`` of one table.
        mapping: Which column and value feeds which field.
        archive: An empty archive (``MemoryArchive`` or ``SqlArchive``). A
            ``SqlArchive`` is written in bulk (its ``load``); another archive
            through ``add`` inside one unit of work.
        at: The time written in each record's creation audit entry (aware).
        actor: Who the audit entries name.
        on_error: ``"stop"`` writes nothing when any row is refused; ``"skip"``
            writes the valid rows.
        progress: Called with the number of rows of each batch read.

    Returns:
        What was read, refused and written.

    Raises:
        MappingError: a file matches no table or lacks a mapped column.
        autocrm.errors.ArchiveNotEmpty: the archive holds records or audit entries.
        autocrm.errors.InvalidFormat: ``on_error``, ``actor`` or ``at`` is wrong.

    Examples:
        >>> from autocrm.adapters.memory import MemoryArchive
        >>> from autocrm.adapters.tables.mapping import mapping_from_dict
        >>> from autocrm.domain import CHINA_TZ
        >>> m = mapping_from_dict({"customers": {"files": ["c.csv"],
        ...     "columns": {"number": "id", "name": "name"}}})
        >>> import_tables([], m, MemoryArchive(), at=datetime(2026, 1, 5, tzinfo=CHINA_TZ),
        ...               on_error="retry")
        Traceback (most recent call last):
        ...
        autocrm.errors.InvalidFormat: on_error: expected 'stop' or 'skip', got 'retry'
    """
    if on_error not in ("stop", "skip"):
        msg = f"on_error: expected 'stop' or 'skip', got {shown(on_error)}"
        raise InvalidFormat(msg, field="on_error", value=on_error)
    require_aware("at")
    if not isinstance(actor, str) or not actor.strip():
        msg = f"actor: expected a non-blank name, got {shown(actor)}"
        raise InvalidFormat(msg, field="actor", value=actor)
    importer = _Importer(_plan(paths, mapping), on_error, progress)
    try:
        _write(archive, importer.records(), actor=actor, at=at)
    except _NothingWritten:
        written = False
    else:
        written = True
    return ImportResult(
        counts=importer.counts, rows=importer.rows, refused=tuple(importer.refused), written=written
    )


def x_import_tables__mutmut_23(
    paths: Iterable[str | Path],
    mapping: ImportMapping,
    archive: Repository,
    *,
    at: datetime,
    actor: str = "import-tables",
    on_error: OnError = "stop",
    progress: Progress | None = None,
) -> ImportResult:
    """Import the tables of a DMS export into an empty archive.

    Args:
        paths: The exported files; each must match the ``files`` of one table.
        mapping: Which column and value feeds which field.
        archive: An empty archive (``MemoryArchive`` or ``SqlArchive``). A
            ``SqlArchive`` is written in bulk (its ``load``); another archive
            through ``add`` inside one unit of work.
        at: The time written in each record's creation audit entry (aware).
        actor: Who the audit entries name.
        on_error: ``"stop"`` writes nothing when any row is refused; ``"skip"``
            writes the valid rows.
        progress: Called with the number of rows of each batch read.

    Returns:
        What was read, refused and written.

    Raises:
        MappingError: a file matches no table or lacks a mapped column.
        autocrm.errors.ArchiveNotEmpty: the archive holds records or audit entries.
        autocrm.errors.InvalidFormat: ``on_error``, ``actor`` or ``at`` is wrong.

    Examples:
        >>> from autocrm.adapters.memory import MemoryArchive
        >>> from autocrm.adapters.tables.mapping import mapping_from_dict
        >>> from autocrm.domain import CHINA_TZ
        >>> m = mapping_from_dict({"customers": {"files": ["c.csv"],
        ...     "columns": {"number": "id", "name": "name"}}})
        >>> import_tables([], m, MemoryArchive(), at=datetime(2026, 1, 5, tzinfo=CHINA_TZ),
        ...               on_error="retry")
        Traceback (most recent call last):
        ...
        autocrm.errors.InvalidFormat: on_error: expected 'stop' or 'skip', got 'retry'
    """
    if on_error not in ("stop", "skip"):
        msg = f"on_error: expected 'stop' or 'skip', got {shown(on_error)}"
        raise InvalidFormat(msg, field="on_error", value=on_error)
    require_aware(at, )
    if not isinstance(actor, str) or not actor.strip():
        msg = f"actor: expected a non-blank name, got {shown(actor)}"
        raise InvalidFormat(msg, field="actor", value=actor)
    importer = _Importer(_plan(paths, mapping), on_error, progress)
    try:
        _write(archive, importer.records(), actor=actor, at=at)
    except _NothingWritten:
        written = False
    else:
        written = True
    return ImportResult(
        counts=importer.counts, rows=importer.rows, refused=tuple(importer.refused), written=written
    )


def x_import_tables__mutmut_24(
    paths: Iterable[str | Path],
    mapping: ImportMapping,
    archive: Repository,
    *,
    at: datetime,
    actor: str = "import-tables",
    on_error: OnError = "stop",
    progress: Progress | None = None,
) -> ImportResult:
    """Import the tables of a DMS export into an empty archive.

    Args:
        paths: The exported files; each must match the ``files`` of one table.
        mapping: Which column and value feeds which field.
        archive: An empty archive (``MemoryArchive`` or ``SqlArchive``). A
            ``SqlArchive`` is written in bulk (its ``load``); another archive
            through ``add`` inside one unit of work.
        at: The time written in each record's creation audit entry (aware).
        actor: Who the audit entries name.
        on_error: ``"stop"`` writes nothing when any row is refused; ``"skip"``
            writes the valid rows.
        progress: Called with the number of rows of each batch read.

    Returns:
        What was read, refused and written.

    Raises:
        MappingError: a file matches no table or lacks a mapped column.
        autocrm.errors.ArchiveNotEmpty: the archive holds records or audit entries.
        autocrm.errors.InvalidFormat: ``on_error``, ``actor`` or ``at`` is wrong.

    Examples:
        >>> from autocrm.adapters.memory import MemoryArchive
        >>> from autocrm.adapters.tables.mapping import mapping_from_dict
        >>> from autocrm.domain import CHINA_TZ
        >>> m = mapping_from_dict({"customers": {"files": ["c.csv"],
        ...     "columns": {"number": "id", "name": "name"}}})
        >>> import_tables([], m, MemoryArchive(), at=datetime(2026, 1, 5, tzinfo=CHINA_TZ),
        ...               on_error="retry")
        Traceback (most recent call last):
        ...
        autocrm.errors.InvalidFormat: on_error: expected 'stop' or 'skip', got 'retry'
    """
    if on_error not in ("stop", "skip"):
        msg = f"on_error: expected 'stop' or 'skip', got {shown(on_error)}"
        raise InvalidFormat(msg, field="on_error", value=on_error)
    require_aware(at, "XXatXX")
    if not isinstance(actor, str) or not actor.strip():
        msg = f"actor: expected a non-blank name, got {shown(actor)}"
        raise InvalidFormat(msg, field="actor", value=actor)
    importer = _Importer(_plan(paths, mapping), on_error, progress)
    try:
        _write(archive, importer.records(), actor=actor, at=at)
    except _NothingWritten:
        written = False
    else:
        written = True
    return ImportResult(
        counts=importer.counts, rows=importer.rows, refused=tuple(importer.refused), written=written
    )


def x_import_tables__mutmut_25(
    paths: Iterable[str | Path],
    mapping: ImportMapping,
    archive: Repository,
    *,
    at: datetime,
    actor: str = "import-tables",
    on_error: OnError = "stop",
    progress: Progress | None = None,
) -> ImportResult:
    """Import the tables of a DMS export into an empty archive.

    Args:
        paths: The exported files; each must match the ``files`` of one table.
        mapping: Which column and value feeds which field.
        archive: An empty archive (``MemoryArchive`` or ``SqlArchive``). A
            ``SqlArchive`` is written in bulk (its ``load``); another archive
            through ``add`` inside one unit of work.
        at: The time written in each record's creation audit entry (aware).
        actor: Who the audit entries name.
        on_error: ``"stop"`` writes nothing when any row is refused; ``"skip"``
            writes the valid rows.
        progress: Called with the number of rows of each batch read.

    Returns:
        What was read, refused and written.

    Raises:
        MappingError: a file matches no table or lacks a mapped column.
        autocrm.errors.ArchiveNotEmpty: the archive holds records or audit entries.
        autocrm.errors.InvalidFormat: ``on_error``, ``actor`` or ``at`` is wrong.

    Examples:
        >>> from autocrm.adapters.memory import MemoryArchive
        >>> from autocrm.adapters.tables.mapping import mapping_from_dict
        >>> from autocrm.domain import CHINA_TZ
        >>> m = mapping_from_dict({"customers": {"files": ["c.csv"],
        ...     "columns": {"number": "id", "name": "name"}}})
        >>> import_tables([], m, MemoryArchive(), at=datetime(2026, 1, 5, tzinfo=CHINA_TZ),
        ...               on_error="retry")
        Traceback (most recent call last):
        ...
        autocrm.errors.InvalidFormat: on_error: expected 'stop' or 'skip', got 'retry'
    """
    if on_error not in ("stop", "skip"):
        msg = f"on_error: expected 'stop' or 'skip', got {shown(on_error)}"
        raise InvalidFormat(msg, field="on_error", value=on_error)
    require_aware(at, "AT")
    if not isinstance(actor, str) or not actor.strip():
        msg = f"actor: expected a non-blank name, got {shown(actor)}"
        raise InvalidFormat(msg, field="actor", value=actor)
    importer = _Importer(_plan(paths, mapping), on_error, progress)
    try:
        _write(archive, importer.records(), actor=actor, at=at)
    except _NothingWritten:
        written = False
    else:
        written = True
    return ImportResult(
        counts=importer.counts, rows=importer.rows, refused=tuple(importer.refused), written=written
    )


def x_import_tables__mutmut_26(
    paths: Iterable[str | Path],
    mapping: ImportMapping,
    archive: Repository,
    *,
    at: datetime,
    actor: str = "import-tables",
    on_error: OnError = "stop",
    progress: Progress | None = None,
) -> ImportResult:
    """Import the tables of a DMS export into an empty archive.

    Args:
        paths: The exported files; each must match the ``files`` of one table.
        mapping: Which column and value feeds which field.
        archive: An empty archive (``MemoryArchive`` or ``SqlArchive``). A
            ``SqlArchive`` is written in bulk (its ``load``); another archive
            through ``add`` inside one unit of work.
        at: The time written in each record's creation audit entry (aware).
        actor: Who the audit entries name.
        on_error: ``"stop"`` writes nothing when any row is refused; ``"skip"``
            writes the valid rows.
        progress: Called with the number of rows of each batch read.

    Returns:
        What was read, refused and written.

    Raises:
        MappingError: a file matches no table or lacks a mapped column.
        autocrm.errors.ArchiveNotEmpty: the archive holds records or audit entries.
        autocrm.errors.InvalidFormat: ``on_error``, ``actor`` or ``at`` is wrong.

    Examples:
        >>> from autocrm.adapters.memory import MemoryArchive
        >>> from autocrm.adapters.tables.mapping import mapping_from_dict
        >>> from autocrm.domain import CHINA_TZ
        >>> m = mapping_from_dict({"customers": {"files": ["c.csv"],
        ...     "columns": {"number": "id", "name": "name"}}})
        >>> import_tables([], m, MemoryArchive(), at=datetime(2026, 1, 5, tzinfo=CHINA_TZ),
        ...               on_error="retry")
        Traceback (most recent call last):
        ...
        autocrm.errors.InvalidFormat: on_error: expected 'stop' or 'skip', got 'retry'
    """
    if on_error not in ("stop", "skip"):
        msg = f"on_error: expected 'stop' or 'skip', got {shown(on_error)}"
        raise InvalidFormat(msg, field="on_error", value=on_error)
    require_aware(at, "at")
    if not isinstance(actor, str) and not actor.strip():
        msg = f"actor: expected a non-blank name, got {shown(actor)}"
        raise InvalidFormat(msg, field="actor", value=actor)
    importer = _Importer(_plan(paths, mapping), on_error, progress)
    try:
        _write(archive, importer.records(), actor=actor, at=at)
    except _NothingWritten:
        written = False
    else:
        written = True
    return ImportResult(
        counts=importer.counts, rows=importer.rows, refused=tuple(importer.refused), written=written
    )


def x_import_tables__mutmut_27(
    paths: Iterable[str | Path],
    mapping: ImportMapping,
    archive: Repository,
    *,
    at: datetime,
    actor: str = "import-tables",
    on_error: OnError = "stop",
    progress: Progress | None = None,
) -> ImportResult:
    """Import the tables of a DMS export into an empty archive.

    Args:
        paths: The exported files; each must match the ``files`` of one table.
        mapping: Which column and value feeds which field.
        archive: An empty archive (``MemoryArchive`` or ``SqlArchive``). A
            ``SqlArchive`` is written in bulk (its ``load``); another archive
            through ``add`` inside one unit of work.
        at: The time written in each record's creation audit entry (aware).
        actor: Who the audit entries name.
        on_error: ``"stop"`` writes nothing when any row is refused; ``"skip"``
            writes the valid rows.
        progress: Called with the number of rows of each batch read.

    Returns:
        What was read, refused and written.

    Raises:
        MappingError: a file matches no table or lacks a mapped column.
        autocrm.errors.ArchiveNotEmpty: the archive holds records or audit entries.
        autocrm.errors.InvalidFormat: ``on_error``, ``actor`` or ``at`` is wrong.

    Examples:
        >>> from autocrm.adapters.memory import MemoryArchive
        >>> from autocrm.adapters.tables.mapping import mapping_from_dict
        >>> from autocrm.domain import CHINA_TZ
        >>> m = mapping_from_dict({"customers": {"files": ["c.csv"],
        ...     "columns": {"number": "id", "name": "name"}}})
        >>> import_tables([], m, MemoryArchive(), at=datetime(2026, 1, 5, tzinfo=CHINA_TZ),
        ...               on_error="retry")
        Traceback (most recent call last):
        ...
        autocrm.errors.InvalidFormat: on_error: expected 'stop' or 'skip', got 'retry'
    """
    if on_error not in ("stop", "skip"):
        msg = f"on_error: expected 'stop' or 'skip', got {shown(on_error)}"
        raise InvalidFormat(msg, field="on_error", value=on_error)
    require_aware(at, "at")
    if isinstance(actor, str) or not actor.strip():
        msg = f"actor: expected a non-blank name, got {shown(actor)}"
        raise InvalidFormat(msg, field="actor", value=actor)
    importer = _Importer(_plan(paths, mapping), on_error, progress)
    try:
        _write(archive, importer.records(), actor=actor, at=at)
    except _NothingWritten:
        written = False
    else:
        written = True
    return ImportResult(
        counts=importer.counts, rows=importer.rows, refused=tuple(importer.refused), written=written
    )


def x_import_tables__mutmut_28(
    paths: Iterable[str | Path],
    mapping: ImportMapping,
    archive: Repository,
    *,
    at: datetime,
    actor: str = "import-tables",
    on_error: OnError = "stop",
    progress: Progress | None = None,
) -> ImportResult:
    """Import the tables of a DMS export into an empty archive.

    Args:
        paths: The exported files; each must match the ``files`` of one table.
        mapping: Which column and value feeds which field.
        archive: An empty archive (``MemoryArchive`` or ``SqlArchive``). A
            ``SqlArchive`` is written in bulk (its ``load``); another archive
            through ``add`` inside one unit of work.
        at: The time written in each record's creation audit entry (aware).
        actor: Who the audit entries name.
        on_error: ``"stop"`` writes nothing when any row is refused; ``"skip"``
            writes the valid rows.
        progress: Called with the number of rows of each batch read.

    Returns:
        What was read, refused and written.

    Raises:
        MappingError: a file matches no table or lacks a mapped column.
        autocrm.errors.ArchiveNotEmpty: the archive holds records or audit entries.
        autocrm.errors.InvalidFormat: ``on_error``, ``actor`` or ``at`` is wrong.

    Examples:
        >>> from autocrm.adapters.memory import MemoryArchive
        >>> from autocrm.adapters.tables.mapping import mapping_from_dict
        >>> from autocrm.domain import CHINA_TZ
        >>> m = mapping_from_dict({"customers": {"files": ["c.csv"],
        ...     "columns": {"number": "id", "name": "name"}}})
        >>> import_tables([], m, MemoryArchive(), at=datetime(2026, 1, 5, tzinfo=CHINA_TZ),
        ...               on_error="retry")
        Traceback (most recent call last):
        ...
        autocrm.errors.InvalidFormat: on_error: expected 'stop' or 'skip', got 'retry'
    """
    if on_error not in ("stop", "skip"):
        msg = f"on_error: expected 'stop' or 'skip', got {shown(on_error)}"
        raise InvalidFormat(msg, field="on_error", value=on_error)
    require_aware(at, "at")
    if not isinstance(actor, str) or actor.strip():
        msg = f"actor: expected a non-blank name, got {shown(actor)}"
        raise InvalidFormat(msg, field="actor", value=actor)
    importer = _Importer(_plan(paths, mapping), on_error, progress)
    try:
        _write(archive, importer.records(), actor=actor, at=at)
    except _NothingWritten:
        written = False
    else:
        written = True
    return ImportResult(
        counts=importer.counts, rows=importer.rows, refused=tuple(importer.refused), written=written
    )


def x_import_tables__mutmut_29(
    paths: Iterable[str | Path],
    mapping: ImportMapping,
    archive: Repository,
    *,
    at: datetime,
    actor: str = "import-tables",
    on_error: OnError = "stop",
    progress: Progress | None = None,
) -> ImportResult:
    """Import the tables of a DMS export into an empty archive.

    Args:
        paths: The exported files; each must match the ``files`` of one table.
        mapping: Which column and value feeds which field.
        archive: An empty archive (``MemoryArchive`` or ``SqlArchive``). A
            ``SqlArchive`` is written in bulk (its ``load``); another archive
            through ``add`` inside one unit of work.
        at: The time written in each record's creation audit entry (aware).
        actor: Who the audit entries name.
        on_error: ``"stop"`` writes nothing when any row is refused; ``"skip"``
            writes the valid rows.
        progress: Called with the number of rows of each batch read.

    Returns:
        What was read, refused and written.

    Raises:
        MappingError: a file matches no table or lacks a mapped column.
        autocrm.errors.ArchiveNotEmpty: the archive holds records or audit entries.
        autocrm.errors.InvalidFormat: ``on_error``, ``actor`` or ``at`` is wrong.

    Examples:
        >>> from autocrm.adapters.memory import MemoryArchive
        >>> from autocrm.adapters.tables.mapping import mapping_from_dict
        >>> from autocrm.domain import CHINA_TZ
        >>> m = mapping_from_dict({"customers": {"files": ["c.csv"],
        ...     "columns": {"number": "id", "name": "name"}}})
        >>> import_tables([], m, MemoryArchive(), at=datetime(2026, 1, 5, tzinfo=CHINA_TZ),
        ...               on_error="retry")
        Traceback (most recent call last):
        ...
        autocrm.errors.InvalidFormat: on_error: expected 'stop' or 'skip', got 'retry'
    """
    if on_error not in ("stop", "skip"):
        msg = f"on_error: expected 'stop' or 'skip', got {shown(on_error)}"
        raise InvalidFormat(msg, field="on_error", value=on_error)
    require_aware(at, "at")
    if not isinstance(actor, str) or not actor.strip():
        msg = None
        raise InvalidFormat(msg, field="actor", value=actor)
    importer = _Importer(_plan(paths, mapping), on_error, progress)
    try:
        _write(archive, importer.records(), actor=actor, at=at)
    except _NothingWritten:
        written = False
    else:
        written = True
    return ImportResult(
        counts=importer.counts, rows=importer.rows, refused=tuple(importer.refused), written=written
    )


def x_import_tables__mutmut_30(
    paths: Iterable[str | Path],
    mapping: ImportMapping,
    archive: Repository,
    *,
    at: datetime,
    actor: str = "import-tables",
    on_error: OnError = "stop",
    progress: Progress | None = None,
) -> ImportResult:
    """Import the tables of a DMS export into an empty archive.

    Args:
        paths: The exported files; each must match the ``files`` of one table.
        mapping: Which column and value feeds which field.
        archive: An empty archive (``MemoryArchive`` or ``SqlArchive``). A
            ``SqlArchive`` is written in bulk (its ``load``); another archive
            through ``add`` inside one unit of work.
        at: The time written in each record's creation audit entry (aware).
        actor: Who the audit entries name.
        on_error: ``"stop"`` writes nothing when any row is refused; ``"skip"``
            writes the valid rows.
        progress: Called with the number of rows of each batch read.

    Returns:
        What was read, refused and written.

    Raises:
        MappingError: a file matches no table or lacks a mapped column.
        autocrm.errors.ArchiveNotEmpty: the archive holds records or audit entries.
        autocrm.errors.InvalidFormat: ``on_error``, ``actor`` or ``at`` is wrong.

    Examples:
        >>> from autocrm.adapters.memory import MemoryArchive
        >>> from autocrm.adapters.tables.mapping import mapping_from_dict
        >>> from autocrm.domain import CHINA_TZ
        >>> m = mapping_from_dict({"customers": {"files": ["c.csv"],
        ...     "columns": {"number": "id", "name": "name"}}})
        >>> import_tables([], m, MemoryArchive(), at=datetime(2026, 1, 5, tzinfo=CHINA_TZ),
        ...               on_error="retry")
        Traceback (most recent call last):
        ...
        autocrm.errors.InvalidFormat: on_error: expected 'stop' or 'skip', got 'retry'
    """
    if on_error not in ("stop", "skip"):
        msg = f"on_error: expected 'stop' or 'skip', got {shown(on_error)}"
        raise InvalidFormat(msg, field="on_error", value=on_error)
    require_aware(at, "at")
    if not isinstance(actor, str) or not actor.strip():
        msg = f"actor: expected a non-blank name, got {shown(None)}"
        raise InvalidFormat(msg, field="actor", value=actor)
    importer = _Importer(_plan(paths, mapping), on_error, progress)
    try:
        _write(archive, importer.records(), actor=actor, at=at)
    except _NothingWritten:
        written = False
    else:
        written = True
    return ImportResult(
        counts=importer.counts, rows=importer.rows, refused=tuple(importer.refused), written=written
    )


def x_import_tables__mutmut_31(
    paths: Iterable[str | Path],
    mapping: ImportMapping,
    archive: Repository,
    *,
    at: datetime,
    actor: str = "import-tables",
    on_error: OnError = "stop",
    progress: Progress | None = None,
) -> ImportResult:
    """Import the tables of a DMS export into an empty archive.

    Args:
        paths: The exported files; each must match the ``files`` of one table.
        mapping: Which column and value feeds which field.
        archive: An empty archive (``MemoryArchive`` or ``SqlArchive``). A
            ``SqlArchive`` is written in bulk (its ``load``); another archive
            through ``add`` inside one unit of work.
        at: The time written in each record's creation audit entry (aware).
        actor: Who the audit entries name.
        on_error: ``"stop"`` writes nothing when any row is refused; ``"skip"``
            writes the valid rows.
        progress: Called with the number of rows of each batch read.

    Returns:
        What was read, refused and written.

    Raises:
        MappingError: a file matches no table or lacks a mapped column.
        autocrm.errors.ArchiveNotEmpty: the archive holds records or audit entries.
        autocrm.errors.InvalidFormat: ``on_error``, ``actor`` or ``at`` is wrong.

    Examples:
        >>> from autocrm.adapters.memory import MemoryArchive
        >>> from autocrm.adapters.tables.mapping import mapping_from_dict
        >>> from autocrm.domain import CHINA_TZ
        >>> m = mapping_from_dict({"customers": {"files": ["c.csv"],
        ...     "columns": {"number": "id", "name": "name"}}})
        >>> import_tables([], m, MemoryArchive(), at=datetime(2026, 1, 5, tzinfo=CHINA_TZ),
        ...               on_error="retry")
        Traceback (most recent call last):
        ...
        autocrm.errors.InvalidFormat: on_error: expected 'stop' or 'skip', got 'retry'
    """
    if on_error not in ("stop", "skip"):
        msg = f"on_error: expected 'stop' or 'skip', got {shown(on_error)}"
        raise InvalidFormat(msg, field="on_error", value=on_error)
    require_aware(at, "at")
    if not isinstance(actor, str) or not actor.strip():
        msg = f"actor: expected a non-blank name, got {shown(actor)}"
        raise InvalidFormat(None, field="actor", value=actor)
    importer = _Importer(_plan(paths, mapping), on_error, progress)
    try:
        _write(archive, importer.records(), actor=actor, at=at)
    except _NothingWritten:
        written = False
    else:
        written = True
    return ImportResult(
        counts=importer.counts, rows=importer.rows, refused=tuple(importer.refused), written=written
    )


def x_import_tables__mutmut_32(
    paths: Iterable[str | Path],
    mapping: ImportMapping,
    archive: Repository,
    *,
    at: datetime,
    actor: str = "import-tables",
    on_error: OnError = "stop",
    progress: Progress | None = None,
) -> ImportResult:
    """Import the tables of a DMS export into an empty archive.

    Args:
        paths: The exported files; each must match the ``files`` of one table.
        mapping: Which column and value feeds which field.
        archive: An empty archive (``MemoryArchive`` or ``SqlArchive``). A
            ``SqlArchive`` is written in bulk (its ``load``); another archive
            through ``add`` inside one unit of work.
        at: The time written in each record's creation audit entry (aware).
        actor: Who the audit entries name.
        on_error: ``"stop"`` writes nothing when any row is refused; ``"skip"``
            writes the valid rows.
        progress: Called with the number of rows of each batch read.

    Returns:
        What was read, refused and written.

    Raises:
        MappingError: a file matches no table or lacks a mapped column.
        autocrm.errors.ArchiveNotEmpty: the archive holds records or audit entries.
        autocrm.errors.InvalidFormat: ``on_error``, ``actor`` or ``at`` is wrong.

    Examples:
        >>> from autocrm.adapters.memory import MemoryArchive
        >>> from autocrm.adapters.tables.mapping import mapping_from_dict
        >>> from autocrm.domain import CHINA_TZ
        >>> m = mapping_from_dict({"customers": {"files": ["c.csv"],
        ...     "columns": {"number": "id", "name": "name"}}})
        >>> import_tables([], m, MemoryArchive(), at=datetime(2026, 1, 5, tzinfo=CHINA_TZ),
        ...               on_error="retry")
        Traceback (most recent call last):
        ...
        autocrm.errors.InvalidFormat: on_error: expected 'stop' or 'skip', got 'retry'
    """
    if on_error not in ("stop", "skip"):
        msg = f"on_error: expected 'stop' or 'skip', got {shown(on_error)}"
        raise InvalidFormat(msg, field="on_error", value=on_error)
    require_aware(at, "at")
    if not isinstance(actor, str) or not actor.strip():
        msg = f"actor: expected a non-blank name, got {shown(actor)}"
        raise InvalidFormat(msg, field=None, value=actor)
    importer = _Importer(_plan(paths, mapping), on_error, progress)
    try:
        _write(archive, importer.records(), actor=actor, at=at)
    except _NothingWritten:
        written = False
    else:
        written = True
    return ImportResult(
        counts=importer.counts, rows=importer.rows, refused=tuple(importer.refused), written=written
    )


def x_import_tables__mutmut_33(
    paths: Iterable[str | Path],
    mapping: ImportMapping,
    archive: Repository,
    *,
    at: datetime,
    actor: str = "import-tables",
    on_error: OnError = "stop",
    progress: Progress | None = None,
) -> ImportResult:
    """Import the tables of a DMS export into an empty archive.

    Args:
        paths: The exported files; each must match the ``files`` of one table.
        mapping: Which column and value feeds which field.
        archive: An empty archive (``MemoryArchive`` or ``SqlArchive``). A
            ``SqlArchive`` is written in bulk (its ``load``); another archive
            through ``add`` inside one unit of work.
        at: The time written in each record's creation audit entry (aware).
        actor: Who the audit entries name.
        on_error: ``"stop"`` writes nothing when any row is refused; ``"skip"``
            writes the valid rows.
        progress: Called with the number of rows of each batch read.

    Returns:
        What was read, refused and written.

    Raises:
        MappingError: a file matches no table or lacks a mapped column.
        autocrm.errors.ArchiveNotEmpty: the archive holds records or audit entries.
        autocrm.errors.InvalidFormat: ``on_error``, ``actor`` or ``at`` is wrong.

    Examples:
        >>> from autocrm.adapters.memory import MemoryArchive
        >>> from autocrm.adapters.tables.mapping import mapping_from_dict
        >>> from autocrm.domain import CHINA_TZ
        >>> m = mapping_from_dict({"customers": {"files": ["c.csv"],
        ...     "columns": {"number": "id", "name": "name"}}})
        >>> import_tables([], m, MemoryArchive(), at=datetime(2026, 1, 5, tzinfo=CHINA_TZ),
        ...               on_error="retry")
        Traceback (most recent call last):
        ...
        autocrm.errors.InvalidFormat: on_error: expected 'stop' or 'skip', got 'retry'
    """
    if on_error not in ("stop", "skip"):
        msg = f"on_error: expected 'stop' or 'skip', got {shown(on_error)}"
        raise InvalidFormat(msg, field="on_error", value=on_error)
    require_aware(at, "at")
    if not isinstance(actor, str) or not actor.strip():
        msg = f"actor: expected a non-blank name, got {shown(actor)}"
        raise InvalidFormat(msg, field="actor", value=None)
    importer = _Importer(_plan(paths, mapping), on_error, progress)
    try:
        _write(archive, importer.records(), actor=actor, at=at)
    except _NothingWritten:
        written = False
    else:
        written = True
    return ImportResult(
        counts=importer.counts, rows=importer.rows, refused=tuple(importer.refused), written=written
    )


def x_import_tables__mutmut_34(
    paths: Iterable[str | Path],
    mapping: ImportMapping,
    archive: Repository,
    *,
    at: datetime,
    actor: str = "import-tables",
    on_error: OnError = "stop",
    progress: Progress | None = None,
) -> ImportResult:
    """Import the tables of a DMS export into an empty archive.

    Args:
        paths: The exported files; each must match the ``files`` of one table.
        mapping: Which column and value feeds which field.
        archive: An empty archive (``MemoryArchive`` or ``SqlArchive``). A
            ``SqlArchive`` is written in bulk (its ``load``); another archive
            through ``add`` inside one unit of work.
        at: The time written in each record's creation audit entry (aware).
        actor: Who the audit entries name.
        on_error: ``"stop"`` writes nothing when any row is refused; ``"skip"``
            writes the valid rows.
        progress: Called with the number of rows of each batch read.

    Returns:
        What was read, refused and written.

    Raises:
        MappingError: a file matches no table or lacks a mapped column.
        autocrm.errors.ArchiveNotEmpty: the archive holds records or audit entries.
        autocrm.errors.InvalidFormat: ``on_error``, ``actor`` or ``at`` is wrong.

    Examples:
        >>> from autocrm.adapters.memory import MemoryArchive
        >>> from autocrm.adapters.tables.mapping import mapping_from_dict
        >>> from autocrm.domain import CHINA_TZ
        >>> m = mapping_from_dict({"customers": {"files": ["c.csv"],
        ...     "columns": {"number": "id", "name": "name"}}})
        >>> import_tables([], m, MemoryArchive(), at=datetime(2026, 1, 5, tzinfo=CHINA_TZ),
        ...               on_error="retry")
        Traceback (most recent call last):
        ...
        autocrm.errors.InvalidFormat: on_error: expected 'stop' or 'skip', got 'retry'
    """
    if on_error not in ("stop", "skip"):
        msg = f"on_error: expected 'stop' or 'skip', got {shown(on_error)}"
        raise InvalidFormat(msg, field="on_error", value=on_error)
    require_aware(at, "at")
    if not isinstance(actor, str) or not actor.strip():
        msg = f"actor: expected a non-blank name, got {shown(actor)}"
        raise InvalidFormat(field="actor", value=actor)
    importer = _Importer(_plan(paths, mapping), on_error, progress)
    try:
        _write(archive, importer.records(), actor=actor, at=at)
    except _NothingWritten:
        written = False
    else:
        written = True
    return ImportResult(
        counts=importer.counts, rows=importer.rows, refused=tuple(importer.refused), written=written
    )


def x_import_tables__mutmut_35(
    paths: Iterable[str | Path],
    mapping: ImportMapping,
    archive: Repository,
    *,
    at: datetime,
    actor: str = "import-tables",
    on_error: OnError = "stop",
    progress: Progress | None = None,
) -> ImportResult:
    """Import the tables of a DMS export into an empty archive.

    Args:
        paths: The exported files; each must match the ``files`` of one table.
        mapping: Which column and value feeds which field.
        archive: An empty archive (``MemoryArchive`` or ``SqlArchive``). A
            ``SqlArchive`` is written in bulk (its ``load``); another archive
            through ``add`` inside one unit of work.
        at: The time written in each record's creation audit entry (aware).
        actor: Who the audit entries name.
        on_error: ``"stop"`` writes nothing when any row is refused; ``"skip"``
            writes the valid rows.
        progress: Called with the number of rows of each batch read.

    Returns:
        What was read, refused and written.

    Raises:
        MappingError: a file matches no table or lacks a mapped column.
        autocrm.errors.ArchiveNotEmpty: the archive holds records or audit entries.
        autocrm.errors.InvalidFormat: ``on_error``, ``actor`` or ``at`` is wrong.

    Examples:
        >>> from autocrm.adapters.memory import MemoryArchive
        >>> from autocrm.adapters.tables.mapping import mapping_from_dict
        >>> from autocrm.domain import CHINA_TZ
        >>> m = mapping_from_dict({"customers": {"files": ["c.csv"],
        ...     "columns": {"number": "id", "name": "name"}}})
        >>> import_tables([], m, MemoryArchive(), at=datetime(2026, 1, 5, tzinfo=CHINA_TZ),
        ...               on_error="retry")
        Traceback (most recent call last):
        ...
        autocrm.errors.InvalidFormat: on_error: expected 'stop' or 'skip', got 'retry'
    """
    if on_error not in ("stop", "skip"):
        msg = f"on_error: expected 'stop' or 'skip', got {shown(on_error)}"
        raise InvalidFormat(msg, field="on_error", value=on_error)
    require_aware(at, "at")
    if not isinstance(actor, str) or not actor.strip():
        msg = f"actor: expected a non-blank name, got {shown(actor)}"
        raise InvalidFormat(msg, value=actor)
    importer = _Importer(_plan(paths, mapping), on_error, progress)
    try:
        _write(archive, importer.records(), actor=actor, at=at)
    except _NothingWritten:
        written = False
    else:
        written = True
    return ImportResult(
        counts=importer.counts, rows=importer.rows, refused=tuple(importer.refused), written=written
    )


def x_import_tables__mutmut_36(
    paths: Iterable[str | Path],
    mapping: ImportMapping,
    archive: Repository,
    *,
    at: datetime,
    actor: str = "import-tables",
    on_error: OnError = "stop",
    progress: Progress | None = None,
) -> ImportResult:
    """Import the tables of a DMS export into an empty archive.

    Args:
        paths: The exported files; each must match the ``files`` of one table.
        mapping: Which column and value feeds which field.
        archive: An empty archive (``MemoryArchive`` or ``SqlArchive``). A
            ``SqlArchive`` is written in bulk (its ``load``); another archive
            through ``add`` inside one unit of work.
        at: The time written in each record's creation audit entry (aware).
        actor: Who the audit entries name.
        on_error: ``"stop"`` writes nothing when any row is refused; ``"skip"``
            writes the valid rows.
        progress: Called with the number of rows of each batch read.

    Returns:
        What was read, refused and written.

    Raises:
        MappingError: a file matches no table or lacks a mapped column.
        autocrm.errors.ArchiveNotEmpty: the archive holds records or audit entries.
        autocrm.errors.InvalidFormat: ``on_error``, ``actor`` or ``at`` is wrong.

    Examples:
        >>> from autocrm.adapters.memory import MemoryArchive
        >>> from autocrm.adapters.tables.mapping import mapping_from_dict
        >>> from autocrm.domain import CHINA_TZ
        >>> m = mapping_from_dict({"customers": {"files": ["c.csv"],
        ...     "columns": {"number": "id", "name": "name"}}})
        >>> import_tables([], m, MemoryArchive(), at=datetime(2026, 1, 5, tzinfo=CHINA_TZ),
        ...               on_error="retry")
        Traceback (most recent call last):
        ...
        autocrm.errors.InvalidFormat: on_error: expected 'stop' or 'skip', got 'retry'
    """
    if on_error not in ("stop", "skip"):
        msg = f"on_error: expected 'stop' or 'skip', got {shown(on_error)}"
        raise InvalidFormat(msg, field="on_error", value=on_error)
    require_aware(at, "at")
    if not isinstance(actor, str) or not actor.strip():
        msg = f"actor: expected a non-blank name, got {shown(actor)}"
        raise InvalidFormat(msg, field="actor", )
    importer = _Importer(_plan(paths, mapping), on_error, progress)
    try:
        _write(archive, importer.records(), actor=actor, at=at)
    except _NothingWritten:
        written = False
    else:
        written = True
    return ImportResult(
        counts=importer.counts, rows=importer.rows, refused=tuple(importer.refused), written=written
    )


def x_import_tables__mutmut_37(
    paths: Iterable[str | Path],
    mapping: ImportMapping,
    archive: Repository,
    *,
    at: datetime,
    actor: str = "import-tables",
    on_error: OnError = "stop",
    progress: Progress | None = None,
) -> ImportResult:
    """Import the tables of a DMS export into an empty archive.

    Args:
        paths: The exported files; each must match the ``files`` of one table.
        mapping: Which column and value feeds which field.
        archive: An empty archive (``MemoryArchive`` or ``SqlArchive``). A
            ``SqlArchive`` is written in bulk (its ``load``); another archive
            through ``add`` inside one unit of work.
        at: The time written in each record's creation audit entry (aware).
        actor: Who the audit entries name.
        on_error: ``"stop"`` writes nothing when any row is refused; ``"skip"``
            writes the valid rows.
        progress: Called with the number of rows of each batch read.

    Returns:
        What was read, refused and written.

    Raises:
        MappingError: a file matches no table or lacks a mapped column.
        autocrm.errors.ArchiveNotEmpty: the archive holds records or audit entries.
        autocrm.errors.InvalidFormat: ``on_error``, ``actor`` or ``at`` is wrong.

    Examples:
        >>> from autocrm.adapters.memory import MemoryArchive
        >>> from autocrm.adapters.tables.mapping import mapping_from_dict
        >>> from autocrm.domain import CHINA_TZ
        >>> m = mapping_from_dict({"customers": {"files": ["c.csv"],
        ...     "columns": {"number": "id", "name": "name"}}})
        >>> import_tables([], m, MemoryArchive(), at=datetime(2026, 1, 5, tzinfo=CHINA_TZ),
        ...               on_error="retry")
        Traceback (most recent call last):
        ...
        autocrm.errors.InvalidFormat: on_error: expected 'stop' or 'skip', got 'retry'
    """
    if on_error not in ("stop", "skip"):
        msg = f"on_error: expected 'stop' or 'skip', got {shown(on_error)}"
        raise InvalidFormat(msg, field="on_error", value=on_error)
    require_aware(at, "at")
    if not isinstance(actor, str) or not actor.strip():
        msg = f"actor: expected a non-blank name, got {shown(actor)}"
        raise InvalidFormat(msg, field="XXactorXX", value=actor)
    importer = _Importer(_plan(paths, mapping), on_error, progress)
    try:
        _write(archive, importer.records(), actor=actor, at=at)
    except _NothingWritten:
        written = False
    else:
        written = True
    return ImportResult(
        counts=importer.counts, rows=importer.rows, refused=tuple(importer.refused), written=written
    )


def x_import_tables__mutmut_38(
    paths: Iterable[str | Path],
    mapping: ImportMapping,
    archive: Repository,
    *,
    at: datetime,
    actor: str = "import-tables",
    on_error: OnError = "stop",
    progress: Progress | None = None,
) -> ImportResult:
    """Import the tables of a DMS export into an empty archive.

    Args:
        paths: The exported files; each must match the ``files`` of one table.
        mapping: Which column and value feeds which field.
        archive: An empty archive (``MemoryArchive`` or ``SqlArchive``). A
            ``SqlArchive`` is written in bulk (its ``load``); another archive
            through ``add`` inside one unit of work.
        at: The time written in each record's creation audit entry (aware).
        actor: Who the audit entries name.
        on_error: ``"stop"`` writes nothing when any row is refused; ``"skip"``
            writes the valid rows.
        progress: Called with the number of rows of each batch read.

    Returns:
        What was read, refused and written.

    Raises:
        MappingError: a file matches no table or lacks a mapped column.
        autocrm.errors.ArchiveNotEmpty: the archive holds records or audit entries.
        autocrm.errors.InvalidFormat: ``on_error``, ``actor`` or ``at`` is wrong.

    Examples:
        >>> from autocrm.adapters.memory import MemoryArchive
        >>> from autocrm.adapters.tables.mapping import mapping_from_dict
        >>> from autocrm.domain import CHINA_TZ
        >>> m = mapping_from_dict({"customers": {"files": ["c.csv"],
        ...     "columns": {"number": "id", "name": "name"}}})
        >>> import_tables([], m, MemoryArchive(), at=datetime(2026, 1, 5, tzinfo=CHINA_TZ),
        ...               on_error="retry")
        Traceback (most recent call last):
        ...
        autocrm.errors.InvalidFormat: on_error: expected 'stop' or 'skip', got 'retry'
    """
    if on_error not in ("stop", "skip"):
        msg = f"on_error: expected 'stop' or 'skip', got {shown(on_error)}"
        raise InvalidFormat(msg, field="on_error", value=on_error)
    require_aware(at, "at")
    if not isinstance(actor, str) or not actor.strip():
        msg = f"actor: expected a non-blank name, got {shown(actor)}"
        raise InvalidFormat(msg, field="ACTOR", value=actor)
    importer = _Importer(_plan(paths, mapping), on_error, progress)
    try:
        _write(archive, importer.records(), actor=actor, at=at)
    except _NothingWritten:
        written = False
    else:
        written = True
    return ImportResult(
        counts=importer.counts, rows=importer.rows, refused=tuple(importer.refused), written=written
    )


def x_import_tables__mutmut_39(
    paths: Iterable[str | Path],
    mapping: ImportMapping,
    archive: Repository,
    *,
    at: datetime,
    actor: str = "import-tables",
    on_error: OnError = "stop",
    progress: Progress | None = None,
) -> ImportResult:
    """Import the tables of a DMS export into an empty archive.

    Args:
        paths: The exported files; each must match the ``files`` of one table.
        mapping: Which column and value feeds which field.
        archive: An empty archive (``MemoryArchive`` or ``SqlArchive``). A
            ``SqlArchive`` is written in bulk (its ``load``); another archive
            through ``add`` inside one unit of work.
        at: The time written in each record's creation audit entry (aware).
        actor: Who the audit entries name.
        on_error: ``"stop"`` writes nothing when any row is refused; ``"skip"``
            writes the valid rows.
        progress: Called with the number of rows of each batch read.

    Returns:
        What was read, refused and written.

    Raises:
        MappingError: a file matches no table or lacks a mapped column.
        autocrm.errors.ArchiveNotEmpty: the archive holds records or audit entries.
        autocrm.errors.InvalidFormat: ``on_error``, ``actor`` or ``at`` is wrong.

    Examples:
        >>> from autocrm.adapters.memory import MemoryArchive
        >>> from autocrm.adapters.tables.mapping import mapping_from_dict
        >>> from autocrm.domain import CHINA_TZ
        >>> m = mapping_from_dict({"customers": {"files": ["c.csv"],
        ...     "columns": {"number": "id", "name": "name"}}})
        >>> import_tables([], m, MemoryArchive(), at=datetime(2026, 1, 5, tzinfo=CHINA_TZ),
        ...               on_error="retry")
        Traceback (most recent call last):
        ...
        autocrm.errors.InvalidFormat: on_error: expected 'stop' or 'skip', got 'retry'
    """
    if on_error not in ("stop", "skip"):
        msg = f"on_error: expected 'stop' or 'skip', got {shown(on_error)}"
        raise InvalidFormat(msg, field="on_error", value=on_error)
    require_aware(at, "at")
    if not isinstance(actor, str) or not actor.strip():
        msg = f"actor: expected a non-blank name, got {shown(actor)}"
        raise InvalidFormat(msg, field="actor", value=actor)
    importer = None
    try:
        _write(archive, importer.records(), actor=actor, at=at)
    except _NothingWritten:
        written = False
    else:
        written = True
    return ImportResult(
        counts=importer.counts, rows=importer.rows, refused=tuple(importer.refused), written=written
    )


def x_import_tables__mutmut_40(
    paths: Iterable[str | Path],
    mapping: ImportMapping,
    archive: Repository,
    *,
    at: datetime,
    actor: str = "import-tables",
    on_error: OnError = "stop",
    progress: Progress | None = None,
) -> ImportResult:
    """Import the tables of a DMS export into an empty archive.

    Args:
        paths: The exported files; each must match the ``files`` of one table.
        mapping: Which column and value feeds which field.
        archive: An empty archive (``MemoryArchive`` or ``SqlArchive``). A
            ``SqlArchive`` is written in bulk (its ``load``); another archive
            through ``add`` inside one unit of work.
        at: The time written in each record's creation audit entry (aware).
        actor: Who the audit entries name.
        on_error: ``"stop"`` writes nothing when any row is refused; ``"skip"``
            writes the valid rows.
        progress: Called with the number of rows of each batch read.

    Returns:
        What was read, refused and written.

    Raises:
        MappingError: a file matches no table or lacks a mapped column.
        autocrm.errors.ArchiveNotEmpty: the archive holds records or audit entries.
        autocrm.errors.InvalidFormat: ``on_error``, ``actor`` or ``at`` is wrong.

    Examples:
        >>> from autocrm.adapters.memory import MemoryArchive
        >>> from autocrm.adapters.tables.mapping import mapping_from_dict
        >>> from autocrm.domain import CHINA_TZ
        >>> m = mapping_from_dict({"customers": {"files": ["c.csv"],
        ...     "columns": {"number": "id", "name": "name"}}})
        >>> import_tables([], m, MemoryArchive(), at=datetime(2026, 1, 5, tzinfo=CHINA_TZ),
        ...               on_error="retry")
        Traceback (most recent call last):
        ...
        autocrm.errors.InvalidFormat: on_error: expected 'stop' or 'skip', got 'retry'
    """
    if on_error not in ("stop", "skip"):
        msg = f"on_error: expected 'stop' or 'skip', got {shown(on_error)}"
        raise InvalidFormat(msg, field="on_error", value=on_error)
    require_aware(at, "at")
    if not isinstance(actor, str) or not actor.strip():
        msg = f"actor: expected a non-blank name, got {shown(actor)}"
        raise InvalidFormat(msg, field="actor", value=actor)
    importer = _Importer(None, on_error, progress)
    try:
        _write(archive, importer.records(), actor=actor, at=at)
    except _NothingWritten:
        written = False
    else:
        written = True
    return ImportResult(
        counts=importer.counts, rows=importer.rows, refused=tuple(importer.refused), written=written
    )


def x_import_tables__mutmut_41(
    paths: Iterable[str | Path],
    mapping: ImportMapping,
    archive: Repository,
    *,
    at: datetime,
    actor: str = "import-tables",
    on_error: OnError = "stop",
    progress: Progress | None = None,
) -> ImportResult:
    """Import the tables of a DMS export into an empty archive.

    Args:
        paths: The exported files; each must match the ``files`` of one table.
        mapping: Which column and value feeds which field.
        archive: An empty archive (``MemoryArchive`` or ``SqlArchive``). A
            ``SqlArchive`` is written in bulk (its ``load``); another archive
            through ``add`` inside one unit of work.
        at: The time written in each record's creation audit entry (aware).
        actor: Who the audit entries name.
        on_error: ``"stop"`` writes nothing when any row is refused; ``"skip"``
            writes the valid rows.
        progress: Called with the number of rows of each batch read.

    Returns:
        What was read, refused and written.

    Raises:
        MappingError: a file matches no table or lacks a mapped column.
        autocrm.errors.ArchiveNotEmpty: the archive holds records or audit entries.
        autocrm.errors.InvalidFormat: ``on_error``, ``actor`` or ``at`` is wrong.

    Examples:
        >>> from autocrm.adapters.memory import MemoryArchive
        >>> from autocrm.adapters.tables.mapping import mapping_from_dict
        >>> from autocrm.domain import CHINA_TZ
        >>> m = mapping_from_dict({"customers": {"files": ["c.csv"],
        ...     "columns": {"number": "id", "name": "name"}}})
        >>> import_tables([], m, MemoryArchive(), at=datetime(2026, 1, 5, tzinfo=CHINA_TZ),
        ...               on_error="retry")
        Traceback (most recent call last):
        ...
        autocrm.errors.InvalidFormat: on_error: expected 'stop' or 'skip', got 'retry'
    """
    if on_error not in ("stop", "skip"):
        msg = f"on_error: expected 'stop' or 'skip', got {shown(on_error)}"
        raise InvalidFormat(msg, field="on_error", value=on_error)
    require_aware(at, "at")
    if not isinstance(actor, str) or not actor.strip():
        msg = f"actor: expected a non-blank name, got {shown(actor)}"
        raise InvalidFormat(msg, field="actor", value=actor)
    importer = _Importer(_plan(paths, mapping), None, progress)
    try:
        _write(archive, importer.records(), actor=actor, at=at)
    except _NothingWritten:
        written = False
    else:
        written = True
    return ImportResult(
        counts=importer.counts, rows=importer.rows, refused=tuple(importer.refused), written=written
    )


def x_import_tables__mutmut_42(
    paths: Iterable[str | Path],
    mapping: ImportMapping,
    archive: Repository,
    *,
    at: datetime,
    actor: str = "import-tables",
    on_error: OnError = "stop",
    progress: Progress | None = None,
) -> ImportResult:
    """Import the tables of a DMS export into an empty archive.

    Args:
        paths: The exported files; each must match the ``files`` of one table.
        mapping: Which column and value feeds which field.
        archive: An empty archive (``MemoryArchive`` or ``SqlArchive``). A
            ``SqlArchive`` is written in bulk (its ``load``); another archive
            through ``add`` inside one unit of work.
        at: The time written in each record's creation audit entry (aware).
        actor: Who the audit entries name.
        on_error: ``"stop"`` writes nothing when any row is refused; ``"skip"``
            writes the valid rows.
        progress: Called with the number of rows of each batch read.

    Returns:
        What was read, refused and written.

    Raises:
        MappingError: a file matches no table or lacks a mapped column.
        autocrm.errors.ArchiveNotEmpty: the archive holds records or audit entries.
        autocrm.errors.InvalidFormat: ``on_error``, ``actor`` or ``at`` is wrong.

    Examples:
        >>> from autocrm.adapters.memory import MemoryArchive
        >>> from autocrm.adapters.tables.mapping import mapping_from_dict
        >>> from autocrm.domain import CHINA_TZ
        >>> m = mapping_from_dict({"customers": {"files": ["c.csv"],
        ...     "columns": {"number": "id", "name": "name"}}})
        >>> import_tables([], m, MemoryArchive(), at=datetime(2026, 1, 5, tzinfo=CHINA_TZ),
        ...               on_error="retry")
        Traceback (most recent call last):
        ...
        autocrm.errors.InvalidFormat: on_error: expected 'stop' or 'skip', got 'retry'
    """
    if on_error not in ("stop", "skip"):
        msg = f"on_error: expected 'stop' or 'skip', got {shown(on_error)}"
        raise InvalidFormat(msg, field="on_error", value=on_error)
    require_aware(at, "at")
    if not isinstance(actor, str) or not actor.strip():
        msg = f"actor: expected a non-blank name, got {shown(actor)}"
        raise InvalidFormat(msg, field="actor", value=actor)
    importer = _Importer(_plan(paths, mapping), on_error, None)
    try:
        _write(archive, importer.records(), actor=actor, at=at)
    except _NothingWritten:
        written = False
    else:
        written = True
    return ImportResult(
        counts=importer.counts, rows=importer.rows, refused=tuple(importer.refused), written=written
    )


def x_import_tables__mutmut_43(
    paths: Iterable[str | Path],
    mapping: ImportMapping,
    archive: Repository,
    *,
    at: datetime,
    actor: str = "import-tables",
    on_error: OnError = "stop",
    progress: Progress | None = None,
) -> ImportResult:
    """Import the tables of a DMS export into an empty archive.

    Args:
        paths: The exported files; each must match the ``files`` of one table.
        mapping: Which column and value feeds which field.
        archive: An empty archive (``MemoryArchive`` or ``SqlArchive``). A
            ``SqlArchive`` is written in bulk (its ``load``); another archive
            through ``add`` inside one unit of work.
        at: The time written in each record's creation audit entry (aware).
        actor: Who the audit entries name.
        on_error: ``"stop"`` writes nothing when any row is refused; ``"skip"``
            writes the valid rows.
        progress: Called with the number of rows of each batch read.

    Returns:
        What was read, refused and written.

    Raises:
        MappingError: a file matches no table or lacks a mapped column.
        autocrm.errors.ArchiveNotEmpty: the archive holds records or audit entries.
        autocrm.errors.InvalidFormat: ``on_error``, ``actor`` or ``at`` is wrong.

    Examples:
        >>> from autocrm.adapters.memory import MemoryArchive
        >>> from autocrm.adapters.tables.mapping import mapping_from_dict
        >>> from autocrm.domain import CHINA_TZ
        >>> m = mapping_from_dict({"customers": {"files": ["c.csv"],
        ...     "columns": {"number": "id", "name": "name"}}})
        >>> import_tables([], m, MemoryArchive(), at=datetime(2026, 1, 5, tzinfo=CHINA_TZ),
        ...               on_error="retry")
        Traceback (most recent call last):
        ...
        autocrm.errors.InvalidFormat: on_error: expected 'stop' or 'skip', got 'retry'
    """
    if on_error not in ("stop", "skip"):
        msg = f"on_error: expected 'stop' or 'skip', got {shown(on_error)}"
        raise InvalidFormat(msg, field="on_error", value=on_error)
    require_aware(at, "at")
    if not isinstance(actor, str) or not actor.strip():
        msg = f"actor: expected a non-blank name, got {shown(actor)}"
        raise InvalidFormat(msg, field="actor", value=actor)
    importer = _Importer(on_error, progress)
    try:
        _write(archive, importer.records(), actor=actor, at=at)
    except _NothingWritten:
        written = False
    else:
        written = True
    return ImportResult(
        counts=importer.counts, rows=importer.rows, refused=tuple(importer.refused), written=written
    )


def x_import_tables__mutmut_44(
    paths: Iterable[str | Path],
    mapping: ImportMapping,
    archive: Repository,
    *,
    at: datetime,
    actor: str = "import-tables",
    on_error: OnError = "stop",
    progress: Progress | None = None,
) -> ImportResult:
    """Import the tables of a DMS export into an empty archive.

    Args:
        paths: The exported files; each must match the ``files`` of one table.
        mapping: Which column and value feeds which field.
        archive: An empty archive (``MemoryArchive`` or ``SqlArchive``). A
            ``SqlArchive`` is written in bulk (its ``load``); another archive
            through ``add`` inside one unit of work.
        at: The time written in each record's creation audit entry (aware).
        actor: Who the audit entries name.
        on_error: ``"stop"`` writes nothing when any row is refused; ``"skip"``
            writes the valid rows.
        progress: Called with the number of rows of each batch read.

    Returns:
        What was read, refused and written.

    Raises:
        MappingError: a file matches no table or lacks a mapped column.
        autocrm.errors.ArchiveNotEmpty: the archive holds records or audit entries.
        autocrm.errors.InvalidFormat: ``on_error``, ``actor`` or ``at`` is wrong.

    Examples:
        >>> from autocrm.adapters.memory import MemoryArchive
        >>> from autocrm.adapters.tables.mapping import mapping_from_dict
        >>> from autocrm.domain import CHINA_TZ
        >>> m = mapping_from_dict({"customers": {"files": ["c.csv"],
        ...     "columns": {"number": "id", "name": "name"}}})
        >>> import_tables([], m, MemoryArchive(), at=datetime(2026, 1, 5, tzinfo=CHINA_TZ),
        ...               on_error="retry")
        Traceback (most recent call last):
        ...
        autocrm.errors.InvalidFormat: on_error: expected 'stop' or 'skip', got 'retry'
    """
    if on_error not in ("stop", "skip"):
        msg = f"on_error: expected 'stop' or 'skip', got {shown(on_error)}"
        raise InvalidFormat(msg, field="on_error", value=on_error)
    require_aware(at, "at")
    if not isinstance(actor, str) or not actor.strip():
        msg = f"actor: expected a non-blank name, got {shown(actor)}"
        raise InvalidFormat(msg, field="actor", value=actor)
    importer = _Importer(_plan(paths, mapping), progress)
    try:
        _write(archive, importer.records(), actor=actor, at=at)
    except _NothingWritten:
        written = False
    else:
        written = True
    return ImportResult(
        counts=importer.counts, rows=importer.rows, refused=tuple(importer.refused), written=written
    )


def x_import_tables__mutmut_45(
    paths: Iterable[str | Path],
    mapping: ImportMapping,
    archive: Repository,
    *,
    at: datetime,
    actor: str = "import-tables",
    on_error: OnError = "stop",
    progress: Progress | None = None,
) -> ImportResult:
    """Import the tables of a DMS export into an empty archive.

    Args:
        paths: The exported files; each must match the ``files`` of one table.
        mapping: Which column and value feeds which field.
        archive: An empty archive (``MemoryArchive`` or ``SqlArchive``). A
            ``SqlArchive`` is written in bulk (its ``load``); another archive
            through ``add`` inside one unit of work.
        at: The time written in each record's creation audit entry (aware).
        actor: Who the audit entries name.
        on_error: ``"stop"`` writes nothing when any row is refused; ``"skip"``
            writes the valid rows.
        progress: Called with the number of rows of each batch read.

    Returns:
        What was read, refused and written.

    Raises:
        MappingError: a file matches no table or lacks a mapped column.
        autocrm.errors.ArchiveNotEmpty: the archive holds records or audit entries.
        autocrm.errors.InvalidFormat: ``on_error``, ``actor`` or ``at`` is wrong.

    Examples:
        >>> from autocrm.adapters.memory import MemoryArchive
        >>> from autocrm.adapters.tables.mapping import mapping_from_dict
        >>> from autocrm.domain import CHINA_TZ
        >>> m = mapping_from_dict({"customers": {"files": ["c.csv"],
        ...     "columns": {"number": "id", "name": "name"}}})
        >>> import_tables([], m, MemoryArchive(), at=datetime(2026, 1, 5, tzinfo=CHINA_TZ),
        ...               on_error="retry")
        Traceback (most recent call last):
        ...
        autocrm.errors.InvalidFormat: on_error: expected 'stop' or 'skip', got 'retry'
    """
    if on_error not in ("stop", "skip"):
        msg = f"on_error: expected 'stop' or 'skip', got {shown(on_error)}"
        raise InvalidFormat(msg, field="on_error", value=on_error)
    require_aware(at, "at")
    if not isinstance(actor, str) or not actor.strip():
        msg = f"actor: expected a non-blank name, got {shown(actor)}"
        raise InvalidFormat(msg, field="actor", value=actor)
    importer = _Importer(_plan(paths, mapping), on_error, )
    try:
        _write(archive, importer.records(), actor=actor, at=at)
    except _NothingWritten:
        written = False
    else:
        written = True
    return ImportResult(
        counts=importer.counts, rows=importer.rows, refused=tuple(importer.refused), written=written
    )


def x_import_tables__mutmut_46(
    paths: Iterable[str | Path],
    mapping: ImportMapping,
    archive: Repository,
    *,
    at: datetime,
    actor: str = "import-tables",
    on_error: OnError = "stop",
    progress: Progress | None = None,
) -> ImportResult:
    """Import the tables of a DMS export into an empty archive.

    Args:
        paths: The exported files; each must match the ``files`` of one table.
        mapping: Which column and value feeds which field.
        archive: An empty archive (``MemoryArchive`` or ``SqlArchive``). A
            ``SqlArchive`` is written in bulk (its ``load``); another archive
            through ``add`` inside one unit of work.
        at: The time written in each record's creation audit entry (aware).
        actor: Who the audit entries name.
        on_error: ``"stop"`` writes nothing when any row is refused; ``"skip"``
            writes the valid rows.
        progress: Called with the number of rows of each batch read.

    Returns:
        What was read, refused and written.

    Raises:
        MappingError: a file matches no table or lacks a mapped column.
        autocrm.errors.ArchiveNotEmpty: the archive holds records or audit entries.
        autocrm.errors.InvalidFormat: ``on_error``, ``actor`` or ``at`` is wrong.

    Examples:
        >>> from autocrm.adapters.memory import MemoryArchive
        >>> from autocrm.adapters.tables.mapping import mapping_from_dict
        >>> from autocrm.domain import CHINA_TZ
        >>> m = mapping_from_dict({"customers": {"files": ["c.csv"],
        ...     "columns": {"number": "id", "name": "name"}}})
        >>> import_tables([], m, MemoryArchive(), at=datetime(2026, 1, 5, tzinfo=CHINA_TZ),
        ...               on_error="retry")
        Traceback (most recent call last):
        ...
        autocrm.errors.InvalidFormat: on_error: expected 'stop' or 'skip', got 'retry'
    """
    if on_error not in ("stop", "skip"):
        msg = f"on_error: expected 'stop' or 'skip', got {shown(on_error)}"
        raise InvalidFormat(msg, field="on_error", value=on_error)
    require_aware(at, "at")
    if not isinstance(actor, str) or not actor.strip():
        msg = f"actor: expected a non-blank name, got {shown(actor)}"
        raise InvalidFormat(msg, field="actor", value=actor)
    importer = _Importer(_plan(None, mapping), on_error, progress)
    try:
        _write(archive, importer.records(), actor=actor, at=at)
    except _NothingWritten:
        written = False
    else:
        written = True
    return ImportResult(
        counts=importer.counts, rows=importer.rows, refused=tuple(importer.refused), written=written
    )


def x_import_tables__mutmut_47(
    paths: Iterable[str | Path],
    mapping: ImportMapping,
    archive: Repository,
    *,
    at: datetime,
    actor: str = "import-tables",
    on_error: OnError = "stop",
    progress: Progress | None = None,
) -> ImportResult:
    """Import the tables of a DMS export into an empty archive.

    Args:
        paths: The exported files; each must match the ``files`` of one table.
        mapping: Which column and value feeds which field.
        archive: An empty archive (``MemoryArchive`` or ``SqlArchive``). A
            ``SqlArchive`` is written in bulk (its ``load``); another archive
            through ``add`` inside one unit of work.
        at: The time written in each record's creation audit entry (aware).
        actor: Who the audit entries name.
        on_error: ``"stop"`` writes nothing when any row is refused; ``"skip"``
            writes the valid rows.
        progress: Called with the number of rows of each batch read.

    Returns:
        What was read, refused and written.

    Raises:
        MappingError: a file matches no table or lacks a mapped column.
        autocrm.errors.ArchiveNotEmpty: the archive holds records or audit entries.
        autocrm.errors.InvalidFormat: ``on_error``, ``actor`` or ``at`` is wrong.

    Examples:
        >>> from autocrm.adapters.memory import MemoryArchive
        >>> from autocrm.adapters.tables.mapping import mapping_from_dict
        >>> from autocrm.domain import CHINA_TZ
        >>> m = mapping_from_dict({"customers": {"files": ["c.csv"],
        ...     "columns": {"number": "id", "name": "name"}}})
        >>> import_tables([], m, MemoryArchive(), at=datetime(2026, 1, 5, tzinfo=CHINA_TZ),
        ...               on_error="retry")
        Traceback (most recent call last):
        ...
        autocrm.errors.InvalidFormat: on_error: expected 'stop' or 'skip', got 'retry'
    """
    if on_error not in ("stop", "skip"):
        msg = f"on_error: expected 'stop' or 'skip', got {shown(on_error)}"
        raise InvalidFormat(msg, field="on_error", value=on_error)
    require_aware(at, "at")
    if not isinstance(actor, str) or not actor.strip():
        msg = f"actor: expected a non-blank name, got {shown(actor)}"
        raise InvalidFormat(msg, field="actor", value=actor)
    importer = _Importer(_plan(paths, None), on_error, progress)
    try:
        _write(archive, importer.records(), actor=actor, at=at)
    except _NothingWritten:
        written = False
    else:
        written = True
    return ImportResult(
        counts=importer.counts, rows=importer.rows, refused=tuple(importer.refused), written=written
    )


def x_import_tables__mutmut_48(
    paths: Iterable[str | Path],
    mapping: ImportMapping,
    archive: Repository,
    *,
    at: datetime,
    actor: str = "import-tables",
    on_error: OnError = "stop",
    progress: Progress | None = None,
) -> ImportResult:
    """Import the tables of a DMS export into an empty archive.

    Args:
        paths: The exported files; each must match the ``files`` of one table.
        mapping: Which column and value feeds which field.
        archive: An empty archive (``MemoryArchive`` or ``SqlArchive``). A
            ``SqlArchive`` is written in bulk (its ``load``); another archive
            through ``add`` inside one unit of work.
        at: The time written in each record's creation audit entry (aware).
        actor: Who the audit entries name.
        on_error: ``"stop"`` writes nothing when any row is refused; ``"skip"``
            writes the valid rows.
        progress: Called with the number of rows of each batch read.

    Returns:
        What was read, refused and written.

    Raises:
        MappingError: a file matches no table or lacks a mapped column.
        autocrm.errors.ArchiveNotEmpty: the archive holds records or audit entries.
        autocrm.errors.InvalidFormat: ``on_error``, ``actor`` or ``at`` is wrong.

    Examples:
        >>> from autocrm.adapters.memory import MemoryArchive
        >>> from autocrm.adapters.tables.mapping import mapping_from_dict
        >>> from autocrm.domain import CHINA_TZ
        >>> m = mapping_from_dict({"customers": {"files": ["c.csv"],
        ...     "columns": {"number": "id", "name": "name"}}})
        >>> import_tables([], m, MemoryArchive(), at=datetime(2026, 1, 5, tzinfo=CHINA_TZ),
        ...               on_error="retry")
        Traceback (most recent call last):
        ...
        autocrm.errors.InvalidFormat: on_error: expected 'stop' or 'skip', got 'retry'
    """
    if on_error not in ("stop", "skip"):
        msg = f"on_error: expected 'stop' or 'skip', got {shown(on_error)}"
        raise InvalidFormat(msg, field="on_error", value=on_error)
    require_aware(at, "at")
    if not isinstance(actor, str) or not actor.strip():
        msg = f"actor: expected a non-blank name, got {shown(actor)}"
        raise InvalidFormat(msg, field="actor", value=actor)
    importer = _Importer(_plan(mapping), on_error, progress)
    try:
        _write(archive, importer.records(), actor=actor, at=at)
    except _NothingWritten:
        written = False
    else:
        written = True
    return ImportResult(
        counts=importer.counts, rows=importer.rows, refused=tuple(importer.refused), written=written
    )


def x_import_tables__mutmut_49(
    paths: Iterable[str | Path],
    mapping: ImportMapping,
    archive: Repository,
    *,
    at: datetime,
    actor: str = "import-tables",
    on_error: OnError = "stop",
    progress: Progress | None = None,
) -> ImportResult:
    """Import the tables of a DMS export into an empty archive.

    Args:
        paths: The exported files; each must match the ``files`` of one table.
        mapping: Which column and value feeds which field.
        archive: An empty archive (``MemoryArchive`` or ``SqlArchive``). A
            ``SqlArchive`` is written in bulk (its ``load``); another archive
            through ``add`` inside one unit of work.
        at: The time written in each record's creation audit entry (aware).
        actor: Who the audit entries name.
        on_error: ``"stop"`` writes nothing when any row is refused; ``"skip"``
            writes the valid rows.
        progress: Called with the number of rows of each batch read.

    Returns:
        What was read, refused and written.

    Raises:
        MappingError: a file matches no table or lacks a mapped column.
        autocrm.errors.ArchiveNotEmpty: the archive holds records or audit entries.
        autocrm.errors.InvalidFormat: ``on_error``, ``actor`` or ``at`` is wrong.

    Examples:
        >>> from autocrm.adapters.memory import MemoryArchive
        >>> from autocrm.adapters.tables.mapping import mapping_from_dict
        >>> from autocrm.domain import CHINA_TZ
        >>> m = mapping_from_dict({"customers": {"files": ["c.csv"],
        ...     "columns": {"number": "id", "name": "name"}}})
        >>> import_tables([], m, MemoryArchive(), at=datetime(2026, 1, 5, tzinfo=CHINA_TZ),
        ...               on_error="retry")
        Traceback (most recent call last):
        ...
        autocrm.errors.InvalidFormat: on_error: expected 'stop' or 'skip', got 'retry'
    """
    if on_error not in ("stop", "skip"):
        msg = f"on_error: expected 'stop' or 'skip', got {shown(on_error)}"
        raise InvalidFormat(msg, field="on_error", value=on_error)
    require_aware(at, "at")
    if not isinstance(actor, str) or not actor.strip():
        msg = f"actor: expected a non-blank name, got {shown(actor)}"
        raise InvalidFormat(msg, field="actor", value=actor)
    importer = _Importer(_plan(paths, ), on_error, progress)
    try:
        _write(archive, importer.records(), actor=actor, at=at)
    except _NothingWritten:
        written = False
    else:
        written = True
    return ImportResult(
        counts=importer.counts, rows=importer.rows, refused=tuple(importer.refused), written=written
    )


def x_import_tables__mutmut_50(
    paths: Iterable[str | Path],
    mapping: ImportMapping,
    archive: Repository,
    *,
    at: datetime,
    actor: str = "import-tables",
    on_error: OnError = "stop",
    progress: Progress | None = None,
) -> ImportResult:
    """Import the tables of a DMS export into an empty archive.

    Args:
        paths: The exported files; each must match the ``files`` of one table.
        mapping: Which column and value feeds which field.
        archive: An empty archive (``MemoryArchive`` or ``SqlArchive``). A
            ``SqlArchive`` is written in bulk (its ``load``); another archive
            through ``add`` inside one unit of work.
        at: The time written in each record's creation audit entry (aware).
        actor: Who the audit entries name.
        on_error: ``"stop"`` writes nothing when any row is refused; ``"skip"``
            writes the valid rows.
        progress: Called with the number of rows of each batch read.

    Returns:
        What was read, refused and written.

    Raises:
        MappingError: a file matches no table or lacks a mapped column.
        autocrm.errors.ArchiveNotEmpty: the archive holds records or audit entries.
        autocrm.errors.InvalidFormat: ``on_error``, ``actor`` or ``at`` is wrong.

    Examples:
        >>> from autocrm.adapters.memory import MemoryArchive
        >>> from autocrm.adapters.tables.mapping import mapping_from_dict
        >>> from autocrm.domain import CHINA_TZ
        >>> m = mapping_from_dict({"customers": {"files": ["c.csv"],
        ...     "columns": {"number": "id", "name": "name"}}})
        >>> import_tables([], m, MemoryArchive(), at=datetime(2026, 1, 5, tzinfo=CHINA_TZ),
        ...               on_error="retry")
        Traceback (most recent call last):
        ...
        autocrm.errors.InvalidFormat: on_error: expected 'stop' or 'skip', got 'retry'
    """
    if on_error not in ("stop", "skip"):
        msg = f"on_error: expected 'stop' or 'skip', got {shown(on_error)}"
        raise InvalidFormat(msg, field="on_error", value=on_error)
    require_aware(at, "at")
    if not isinstance(actor, str) or not actor.strip():
        msg = f"actor: expected a non-blank name, got {shown(actor)}"
        raise InvalidFormat(msg, field="actor", value=actor)
    importer = _Importer(_plan(paths, mapping), on_error, progress)
    try:
        _write(None, importer.records(), actor=actor, at=at)
    except _NothingWritten:
        written = False
    else:
        written = True
    return ImportResult(
        counts=importer.counts, rows=importer.rows, refused=tuple(importer.refused), written=written
    )


def x_import_tables__mutmut_51(
    paths: Iterable[str | Path],
    mapping: ImportMapping,
    archive: Repository,
    *,
    at: datetime,
    actor: str = "import-tables",
    on_error: OnError = "stop",
    progress: Progress | None = None,
) -> ImportResult:
    """Import the tables of a DMS export into an empty archive.

    Args:
        paths: The exported files; each must match the ``files`` of one table.
        mapping: Which column and value feeds which field.
        archive: An empty archive (``MemoryArchive`` or ``SqlArchive``). A
            ``SqlArchive`` is written in bulk (its ``load``); another archive
            through ``add`` inside one unit of work.
        at: The time written in each record's creation audit entry (aware).
        actor: Who the audit entries name.
        on_error: ``"stop"`` writes nothing when any row is refused; ``"skip"``
            writes the valid rows.
        progress: Called with the number of rows of each batch read.

    Returns:
        What was read, refused and written.

    Raises:
        MappingError: a file matches no table or lacks a mapped column.
        autocrm.errors.ArchiveNotEmpty: the archive holds records or audit entries.
        autocrm.errors.InvalidFormat: ``on_error``, ``actor`` or ``at`` is wrong.

    Examples:
        >>> from autocrm.adapters.memory import MemoryArchive
        >>> from autocrm.adapters.tables.mapping import mapping_from_dict
        >>> from autocrm.domain import CHINA_TZ
        >>> m = mapping_from_dict({"customers": {"files": ["c.csv"],
        ...     "columns": {"number": "id", "name": "name"}}})
        >>> import_tables([], m, MemoryArchive(), at=datetime(2026, 1, 5, tzinfo=CHINA_TZ),
        ...               on_error="retry")
        Traceback (most recent call last):
        ...
        autocrm.errors.InvalidFormat: on_error: expected 'stop' or 'skip', got 'retry'
    """
    if on_error not in ("stop", "skip"):
        msg = f"on_error: expected 'stop' or 'skip', got {shown(on_error)}"
        raise InvalidFormat(msg, field="on_error", value=on_error)
    require_aware(at, "at")
    if not isinstance(actor, str) or not actor.strip():
        msg = f"actor: expected a non-blank name, got {shown(actor)}"
        raise InvalidFormat(msg, field="actor", value=actor)
    importer = _Importer(_plan(paths, mapping), on_error, progress)
    try:
        _write(archive, None, actor=actor, at=at)
    except _NothingWritten:
        written = False
    else:
        written = True
    return ImportResult(
        counts=importer.counts, rows=importer.rows, refused=tuple(importer.refused), written=written
    )


def x_import_tables__mutmut_52(
    paths: Iterable[str | Path],
    mapping: ImportMapping,
    archive: Repository,
    *,
    at: datetime,
    actor: str = "import-tables",
    on_error: OnError = "stop",
    progress: Progress | None = None,
) -> ImportResult:
    """Import the tables of a DMS export into an empty archive.

    Args:
        paths: The exported files; each must match the ``files`` of one table.
        mapping: Which column and value feeds which field.
        archive: An empty archive (``MemoryArchive`` or ``SqlArchive``). A
            ``SqlArchive`` is written in bulk (its ``load``); another archive
            through ``add`` inside one unit of work.
        at: The time written in each record's creation audit entry (aware).
        actor: Who the audit entries name.
        on_error: ``"stop"`` writes nothing when any row is refused; ``"skip"``
            writes the valid rows.
        progress: Called with the number of rows of each batch read.

    Returns:
        What was read, refused and written.

    Raises:
        MappingError: a file matches no table or lacks a mapped column.
        autocrm.errors.ArchiveNotEmpty: the archive holds records or audit entries.
        autocrm.errors.InvalidFormat: ``on_error``, ``actor`` or ``at`` is wrong.

    Examples:
        >>> from autocrm.adapters.memory import MemoryArchive
        >>> from autocrm.adapters.tables.mapping import mapping_from_dict
        >>> from autocrm.domain import CHINA_TZ
        >>> m = mapping_from_dict({"customers": {"files": ["c.csv"],
        ...     "columns": {"number": "id", "name": "name"}}})
        >>> import_tables([], m, MemoryArchive(), at=datetime(2026, 1, 5, tzinfo=CHINA_TZ),
        ...               on_error="retry")
        Traceback (most recent call last):
        ...
        autocrm.errors.InvalidFormat: on_error: expected 'stop' or 'skip', got 'retry'
    """
    if on_error not in ("stop", "skip"):
        msg = f"on_error: expected 'stop' or 'skip', got {shown(on_error)}"
        raise InvalidFormat(msg, field="on_error", value=on_error)
    require_aware(at, "at")
    if not isinstance(actor, str) or not actor.strip():
        msg = f"actor: expected a non-blank name, got {shown(actor)}"
        raise InvalidFormat(msg, field="actor", value=actor)
    importer = _Importer(_plan(paths, mapping), on_error, progress)
    try:
        _write(archive, importer.records(), actor=None, at=at)
    except _NothingWritten:
        written = False
    else:
        written = True
    return ImportResult(
        counts=importer.counts, rows=importer.rows, refused=tuple(importer.refused), written=written
    )


def x_import_tables__mutmut_53(
    paths: Iterable[str | Path],
    mapping: ImportMapping,
    archive: Repository,
    *,
    at: datetime,
    actor: str = "import-tables",
    on_error: OnError = "stop",
    progress: Progress | None = None,
) -> ImportResult:
    """Import the tables of a DMS export into an empty archive.

    Args:
        paths: The exported files; each must match the ``files`` of one table.
        mapping: Which column and value feeds which field.
        archive: An empty archive (``MemoryArchive`` or ``SqlArchive``). A
            ``SqlArchive`` is written in bulk (its ``load``); another archive
            through ``add`` inside one unit of work.
        at: The time written in each record's creation audit entry (aware).
        actor: Who the audit entries name.
        on_error: ``"stop"`` writes nothing when any row is refused; ``"skip"``
            writes the valid rows.
        progress: Called with the number of rows of each batch read.

    Returns:
        What was read, refused and written.

    Raises:
        MappingError: a file matches no table or lacks a mapped column.
        autocrm.errors.ArchiveNotEmpty: the archive holds records or audit entries.
        autocrm.errors.InvalidFormat: ``on_error``, ``actor`` or ``at`` is wrong.

    Examples:
        >>> from autocrm.adapters.memory import MemoryArchive
        >>> from autocrm.adapters.tables.mapping import mapping_from_dict
        >>> from autocrm.domain import CHINA_TZ
        >>> m = mapping_from_dict({"customers": {"files": ["c.csv"],
        ...     "columns": {"number": "id", "name": "name"}}})
        >>> import_tables([], m, MemoryArchive(), at=datetime(2026, 1, 5, tzinfo=CHINA_TZ),
        ...               on_error="retry")
        Traceback (most recent call last):
        ...
        autocrm.errors.InvalidFormat: on_error: expected 'stop' or 'skip', got 'retry'
    """
    if on_error not in ("stop", "skip"):
        msg = f"on_error: expected 'stop' or 'skip', got {shown(on_error)}"
        raise InvalidFormat(msg, field="on_error", value=on_error)
    require_aware(at, "at")
    if not isinstance(actor, str) or not actor.strip():
        msg = f"actor: expected a non-blank name, got {shown(actor)}"
        raise InvalidFormat(msg, field="actor", value=actor)
    importer = _Importer(_plan(paths, mapping), on_error, progress)
    try:
        _write(archive, importer.records(), actor=actor, at=None)
    except _NothingWritten:
        written = False
    else:
        written = True
    return ImportResult(
        counts=importer.counts, rows=importer.rows, refused=tuple(importer.refused), written=written
    )


def x_import_tables__mutmut_54(
    paths: Iterable[str | Path],
    mapping: ImportMapping,
    archive: Repository,
    *,
    at: datetime,
    actor: str = "import-tables",
    on_error: OnError = "stop",
    progress: Progress | None = None,
) -> ImportResult:
    """Import the tables of a DMS export into an empty archive.

    Args:
        paths: The exported files; each must match the ``files`` of one table.
        mapping: Which column and value feeds which field.
        archive: An empty archive (``MemoryArchive`` or ``SqlArchive``). A
            ``SqlArchive`` is written in bulk (its ``load``); another archive
            through ``add`` inside one unit of work.
        at: The time written in each record's creation audit entry (aware).
        actor: Who the audit entries name.
        on_error: ``"stop"`` writes nothing when any row is refused; ``"skip"``
            writes the valid rows.
        progress: Called with the number of rows of each batch read.

    Returns:
        What was read, refused and written.

    Raises:
        MappingError: a file matches no table or lacks a mapped column.
        autocrm.errors.ArchiveNotEmpty: the archive holds records or audit entries.
        autocrm.errors.InvalidFormat: ``on_error``, ``actor`` or ``at`` is wrong.

    Examples:
        >>> from autocrm.adapters.memory import MemoryArchive
        >>> from autocrm.adapters.tables.mapping import mapping_from_dict
        >>> from autocrm.domain import CHINA_TZ
        >>> m = mapping_from_dict({"customers": {"files": ["c.csv"],
        ...     "columns": {"number": "id", "name": "name"}}})
        >>> import_tables([], m, MemoryArchive(), at=datetime(2026, 1, 5, tzinfo=CHINA_TZ),
        ...               on_error="retry")
        Traceback (most recent call last):
        ...
        autocrm.errors.InvalidFormat: on_error: expected 'stop' or 'skip', got 'retry'
    """
    if on_error not in ("stop", "skip"):
        msg = f"on_error: expected 'stop' or 'skip', got {shown(on_error)}"
        raise InvalidFormat(msg, field="on_error", value=on_error)
    require_aware(at, "at")
    if not isinstance(actor, str) or not actor.strip():
        msg = f"actor: expected a non-blank name, got {shown(actor)}"
        raise InvalidFormat(msg, field="actor", value=actor)
    importer = _Importer(_plan(paths, mapping), on_error, progress)
    try:
        _write(importer.records(), actor=actor, at=at)
    except _NothingWritten:
        written = False
    else:
        written = True
    return ImportResult(
        counts=importer.counts, rows=importer.rows, refused=tuple(importer.refused), written=written
    )


def x_import_tables__mutmut_55(
    paths: Iterable[str | Path],
    mapping: ImportMapping,
    archive: Repository,
    *,
    at: datetime,
    actor: str = "import-tables",
    on_error: OnError = "stop",
    progress: Progress | None = None,
) -> ImportResult:
    """Import the tables of a DMS export into an empty archive.

    Args:
        paths: The exported files; each must match the ``files`` of one table.
        mapping: Which column and value feeds which field.
        archive: An empty archive (``MemoryArchive`` or ``SqlArchive``). A
            ``SqlArchive`` is written in bulk (its ``load``); another archive
            through ``add`` inside one unit of work.
        at: The time written in each record's creation audit entry (aware).
        actor: Who the audit entries name.
        on_error: ``"stop"`` writes nothing when any row is refused; ``"skip"``
            writes the valid rows.
        progress: Called with the number of rows of each batch read.

    Returns:
        What was read, refused and written.

    Raises:
        MappingError: a file matches no table or lacks a mapped column.
        autocrm.errors.ArchiveNotEmpty: the archive holds records or audit entries.
        autocrm.errors.InvalidFormat: ``on_error``, ``actor`` or ``at`` is wrong.

    Examples:
        >>> from autocrm.adapters.memory import MemoryArchive
        >>> from autocrm.adapters.tables.mapping import mapping_from_dict
        >>> from autocrm.domain import CHINA_TZ
        >>> m = mapping_from_dict({"customers": {"files": ["c.csv"],
        ...     "columns": {"number": "id", "name": "name"}}})
        >>> import_tables([], m, MemoryArchive(), at=datetime(2026, 1, 5, tzinfo=CHINA_TZ),
        ...               on_error="retry")
        Traceback (most recent call last):
        ...
        autocrm.errors.InvalidFormat: on_error: expected 'stop' or 'skip', got 'retry'
    """
    if on_error not in ("stop", "skip"):
        msg = f"on_error: expected 'stop' or 'skip', got {shown(on_error)}"
        raise InvalidFormat(msg, field="on_error", value=on_error)
    require_aware(at, "at")
    if not isinstance(actor, str) or not actor.strip():
        msg = f"actor: expected a non-blank name, got {shown(actor)}"
        raise InvalidFormat(msg, field="actor", value=actor)
    importer = _Importer(_plan(paths, mapping), on_error, progress)
    try:
        _write(archive, actor=actor, at=at)
    except _NothingWritten:
        written = False
    else:
        written = True
    return ImportResult(
        counts=importer.counts, rows=importer.rows, refused=tuple(importer.refused), written=written
    )


def x_import_tables__mutmut_56(
    paths: Iterable[str | Path],
    mapping: ImportMapping,
    archive: Repository,
    *,
    at: datetime,
    actor: str = "import-tables",
    on_error: OnError = "stop",
    progress: Progress | None = None,
) -> ImportResult:
    """Import the tables of a DMS export into an empty archive.

    Args:
        paths: The exported files; each must match the ``files`` of one table.
        mapping: Which column and value feeds which field.
        archive: An empty archive (``MemoryArchive`` or ``SqlArchive``). A
            ``SqlArchive`` is written in bulk (its ``load``); another archive
            through ``add`` inside one unit of work.
        at: The time written in each record's creation audit entry (aware).
        actor: Who the audit entries name.
        on_error: ``"stop"`` writes nothing when any row is refused; ``"skip"``
            writes the valid rows.
        progress: Called with the number of rows of each batch read.

    Returns:
        What was read, refused and written.

    Raises:
        MappingError: a file matches no table or lacks a mapped column.
        autocrm.errors.ArchiveNotEmpty: the archive holds records or audit entries.
        autocrm.errors.InvalidFormat: ``on_error``, ``actor`` or ``at`` is wrong.

    Examples:
        >>> from autocrm.adapters.memory import MemoryArchive
        >>> from autocrm.adapters.tables.mapping import mapping_from_dict
        >>> from autocrm.domain import CHINA_TZ
        >>> m = mapping_from_dict({"customers": {"files": ["c.csv"],
        ...     "columns": {"number": "id", "name": "name"}}})
        >>> import_tables([], m, MemoryArchive(), at=datetime(2026, 1, 5, tzinfo=CHINA_TZ),
        ...               on_error="retry")
        Traceback (most recent call last):
        ...
        autocrm.errors.InvalidFormat: on_error: expected 'stop' or 'skip', got 'retry'
    """
    if on_error not in ("stop", "skip"):
        msg = f"on_error: expected 'stop' or 'skip', got {shown(on_error)}"
        raise InvalidFormat(msg, field="on_error", value=on_error)
    require_aware(at, "at")
    if not isinstance(actor, str) or not actor.strip():
        msg = f"actor: expected a non-blank name, got {shown(actor)}"
        raise InvalidFormat(msg, field="actor", value=actor)
    importer = _Importer(_plan(paths, mapping), on_error, progress)
    try:
        _write(archive, importer.records(), at=at)
    except _NothingWritten:
        written = False
    else:
        written = True
    return ImportResult(
        counts=importer.counts, rows=importer.rows, refused=tuple(importer.refused), written=written
    )


def x_import_tables__mutmut_57(
    paths: Iterable[str | Path],
    mapping: ImportMapping,
    archive: Repository,
    *,
    at: datetime,
    actor: str = "import-tables",
    on_error: OnError = "stop",
    progress: Progress | None = None,
) -> ImportResult:
    """Import the tables of a DMS export into an empty archive.

    Args:
        paths: The exported files; each must match the ``files`` of one table.
        mapping: Which column and value feeds which field.
        archive: An empty archive (``MemoryArchive`` or ``SqlArchive``). A
            ``SqlArchive`` is written in bulk (its ``load``); another archive
            through ``add`` inside one unit of work.
        at: The time written in each record's creation audit entry (aware).
        actor: Who the audit entries name.
        on_error: ``"stop"`` writes nothing when any row is refused; ``"skip"``
            writes the valid rows.
        progress: Called with the number of rows of each batch read.

    Returns:
        What was read, refused and written.

    Raises:
        MappingError: a file matches no table or lacks a mapped column.
        autocrm.errors.ArchiveNotEmpty: the archive holds records or audit entries.
        autocrm.errors.InvalidFormat: ``on_error``, ``actor`` or ``at`` is wrong.

    Examples:
        >>> from autocrm.adapters.memory import MemoryArchive
        >>> from autocrm.adapters.tables.mapping import mapping_from_dict
        >>> from autocrm.domain import CHINA_TZ
        >>> m = mapping_from_dict({"customers": {"files": ["c.csv"],
        ...     "columns": {"number": "id", "name": "name"}}})
        >>> import_tables([], m, MemoryArchive(), at=datetime(2026, 1, 5, tzinfo=CHINA_TZ),
        ...               on_error="retry")
        Traceback (most recent call last):
        ...
        autocrm.errors.InvalidFormat: on_error: expected 'stop' or 'skip', got 'retry'
    """
    if on_error not in ("stop", "skip"):
        msg = f"on_error: expected 'stop' or 'skip', got {shown(on_error)}"
        raise InvalidFormat(msg, field="on_error", value=on_error)
    require_aware(at, "at")
    if not isinstance(actor, str) or not actor.strip():
        msg = f"actor: expected a non-blank name, got {shown(actor)}"
        raise InvalidFormat(msg, field="actor", value=actor)
    importer = _Importer(_plan(paths, mapping), on_error, progress)
    try:
        _write(archive, importer.records(), actor=actor, )
    except _NothingWritten:
        written = False
    else:
        written = True
    return ImportResult(
        counts=importer.counts, rows=importer.rows, refused=tuple(importer.refused), written=written
    )


def x_import_tables__mutmut_58(
    paths: Iterable[str | Path],
    mapping: ImportMapping,
    archive: Repository,
    *,
    at: datetime,
    actor: str = "import-tables",
    on_error: OnError = "stop",
    progress: Progress | None = None,
) -> ImportResult:
    """Import the tables of a DMS export into an empty archive.

    Args:
        paths: The exported files; each must match the ``files`` of one table.
        mapping: Which column and value feeds which field.
        archive: An empty archive (``MemoryArchive`` or ``SqlArchive``). A
            ``SqlArchive`` is written in bulk (its ``load``); another archive
            through ``add`` inside one unit of work.
        at: The time written in each record's creation audit entry (aware).
        actor: Who the audit entries name.
        on_error: ``"stop"`` writes nothing when any row is refused; ``"skip"``
            writes the valid rows.
        progress: Called with the number of rows of each batch read.

    Returns:
        What was read, refused and written.

    Raises:
        MappingError: a file matches no table or lacks a mapped column.
        autocrm.errors.ArchiveNotEmpty: the archive holds records or audit entries.
        autocrm.errors.InvalidFormat: ``on_error``, ``actor`` or ``at`` is wrong.

    Examples:
        >>> from autocrm.adapters.memory import MemoryArchive
        >>> from autocrm.adapters.tables.mapping import mapping_from_dict
        >>> from autocrm.domain import CHINA_TZ
        >>> m = mapping_from_dict({"customers": {"files": ["c.csv"],
        ...     "columns": {"number": "id", "name": "name"}}})
        >>> import_tables([], m, MemoryArchive(), at=datetime(2026, 1, 5, tzinfo=CHINA_TZ),
        ...               on_error="retry")
        Traceback (most recent call last):
        ...
        autocrm.errors.InvalidFormat: on_error: expected 'stop' or 'skip', got 'retry'
    """
    if on_error not in ("stop", "skip"):
        msg = f"on_error: expected 'stop' or 'skip', got {shown(on_error)}"
        raise InvalidFormat(msg, field="on_error", value=on_error)
    require_aware(at, "at")
    if not isinstance(actor, str) or not actor.strip():
        msg = f"actor: expected a non-blank name, got {shown(actor)}"
        raise InvalidFormat(msg, field="actor", value=actor)
    importer = _Importer(_plan(paths, mapping), on_error, progress)
    try:
        _write(archive, importer.records(), actor=actor, at=at)
    except _NothingWritten:
        written = None
    else:
        written = True
    return ImportResult(
        counts=importer.counts, rows=importer.rows, refused=tuple(importer.refused), written=written
    )


def x_import_tables__mutmut_59(
    paths: Iterable[str | Path],
    mapping: ImportMapping,
    archive: Repository,
    *,
    at: datetime,
    actor: str = "import-tables",
    on_error: OnError = "stop",
    progress: Progress | None = None,
) -> ImportResult:
    """Import the tables of a DMS export into an empty archive.

    Args:
        paths: The exported files; each must match the ``files`` of one table.
        mapping: Which column and value feeds which field.
        archive: An empty archive (``MemoryArchive`` or ``SqlArchive``). A
            ``SqlArchive`` is written in bulk (its ``load``); another archive
            through ``add`` inside one unit of work.
        at: The time written in each record's creation audit entry (aware).
        actor: Who the audit entries name.
        on_error: ``"stop"`` writes nothing when any row is refused; ``"skip"``
            writes the valid rows.
        progress: Called with the number of rows of each batch read.

    Returns:
        What was read, refused and written.

    Raises:
        MappingError: a file matches no table or lacks a mapped column.
        autocrm.errors.ArchiveNotEmpty: the archive holds records or audit entries.
        autocrm.errors.InvalidFormat: ``on_error``, ``actor`` or ``at`` is wrong.

    Examples:
        >>> from autocrm.adapters.memory import MemoryArchive
        >>> from autocrm.adapters.tables.mapping import mapping_from_dict
        >>> from autocrm.domain import CHINA_TZ
        >>> m = mapping_from_dict({"customers": {"files": ["c.csv"],
        ...     "columns": {"number": "id", "name": "name"}}})
        >>> import_tables([], m, MemoryArchive(), at=datetime(2026, 1, 5, tzinfo=CHINA_TZ),
        ...               on_error="retry")
        Traceback (most recent call last):
        ...
        autocrm.errors.InvalidFormat: on_error: expected 'stop' or 'skip', got 'retry'
    """
    if on_error not in ("stop", "skip"):
        msg = f"on_error: expected 'stop' or 'skip', got {shown(on_error)}"
        raise InvalidFormat(msg, field="on_error", value=on_error)
    require_aware(at, "at")
    if not isinstance(actor, str) or not actor.strip():
        msg = f"actor: expected a non-blank name, got {shown(actor)}"
        raise InvalidFormat(msg, field="actor", value=actor)
    importer = _Importer(_plan(paths, mapping), on_error, progress)
    try:
        _write(archive, importer.records(), actor=actor, at=at)
    except _NothingWritten:
        written = True
    else:
        written = True
    return ImportResult(
        counts=importer.counts, rows=importer.rows, refused=tuple(importer.refused), written=written
    )


def x_import_tables__mutmut_60(
    paths: Iterable[str | Path],
    mapping: ImportMapping,
    archive: Repository,
    *,
    at: datetime,
    actor: str = "import-tables",
    on_error: OnError = "stop",
    progress: Progress | None = None,
) -> ImportResult:
    """Import the tables of a DMS export into an empty archive.

    Args:
        paths: The exported files; each must match the ``files`` of one table.
        mapping: Which column and value feeds which field.
        archive: An empty archive (``MemoryArchive`` or ``SqlArchive``). A
            ``SqlArchive`` is written in bulk (its ``load``); another archive
            through ``add`` inside one unit of work.
        at: The time written in each record's creation audit entry (aware).
        actor: Who the audit entries name.
        on_error: ``"stop"`` writes nothing when any row is refused; ``"skip"``
            writes the valid rows.
        progress: Called with the number of rows of each batch read.

    Returns:
        What was read, refused and written.

    Raises:
        MappingError: a file matches no table or lacks a mapped column.
        autocrm.errors.ArchiveNotEmpty: the archive holds records or audit entries.
        autocrm.errors.InvalidFormat: ``on_error``, ``actor`` or ``at`` is wrong.

    Examples:
        >>> from autocrm.adapters.memory import MemoryArchive
        >>> from autocrm.adapters.tables.mapping import mapping_from_dict
        >>> from autocrm.domain import CHINA_TZ
        >>> m = mapping_from_dict({"customers": {"files": ["c.csv"],
        ...     "columns": {"number": "id", "name": "name"}}})
        >>> import_tables([], m, MemoryArchive(), at=datetime(2026, 1, 5, tzinfo=CHINA_TZ),
        ...               on_error="retry")
        Traceback (most recent call last):
        ...
        autocrm.errors.InvalidFormat: on_error: expected 'stop' or 'skip', got 'retry'
    """
    if on_error not in ("stop", "skip"):
        msg = f"on_error: expected 'stop' or 'skip', got {shown(on_error)}"
        raise InvalidFormat(msg, field="on_error", value=on_error)
    require_aware(at, "at")
    if not isinstance(actor, str) or not actor.strip():
        msg = f"actor: expected a non-blank name, got {shown(actor)}"
        raise InvalidFormat(msg, field="actor", value=actor)
    importer = _Importer(_plan(paths, mapping), on_error, progress)
    try:
        _write(archive, importer.records(), actor=actor, at=at)
    except _NothingWritten:
        written = False
    else:
        written = None
    return ImportResult(
        counts=importer.counts, rows=importer.rows, refused=tuple(importer.refused), written=written
    )


def x_import_tables__mutmut_61(
    paths: Iterable[str | Path],
    mapping: ImportMapping,
    archive: Repository,
    *,
    at: datetime,
    actor: str = "import-tables",
    on_error: OnError = "stop",
    progress: Progress | None = None,
) -> ImportResult:
    """Import the tables of a DMS export into an empty archive.

    Args:
        paths: The exported files; each must match the ``files`` of one table.
        mapping: Which column and value feeds which field.
        archive: An empty archive (``MemoryArchive`` or ``SqlArchive``). A
            ``SqlArchive`` is written in bulk (its ``load``); another archive
            through ``add`` inside one unit of work.
        at: The time written in each record's creation audit entry (aware).
        actor: Who the audit entries name.
        on_error: ``"stop"`` writes nothing when any row is refused; ``"skip"``
            writes the valid rows.
        progress: Called with the number of rows of each batch read.

    Returns:
        What was read, refused and written.

    Raises:
        MappingError: a file matches no table or lacks a mapped column.
        autocrm.errors.ArchiveNotEmpty: the archive holds records or audit entries.
        autocrm.errors.InvalidFormat: ``on_error``, ``actor`` or ``at`` is wrong.

    Examples:
        >>> from autocrm.adapters.memory import MemoryArchive
        >>> from autocrm.adapters.tables.mapping import mapping_from_dict
        >>> from autocrm.domain import CHINA_TZ
        >>> m = mapping_from_dict({"customers": {"files": ["c.csv"],
        ...     "columns": {"number": "id", "name": "name"}}})
        >>> import_tables([], m, MemoryArchive(), at=datetime(2026, 1, 5, tzinfo=CHINA_TZ),
        ...               on_error="retry")
        Traceback (most recent call last):
        ...
        autocrm.errors.InvalidFormat: on_error: expected 'stop' or 'skip', got 'retry'
    """
    if on_error not in ("stop", "skip"):
        msg = f"on_error: expected 'stop' or 'skip', got {shown(on_error)}"
        raise InvalidFormat(msg, field="on_error", value=on_error)
    require_aware(at, "at")
    if not isinstance(actor, str) or not actor.strip():
        msg = f"actor: expected a non-blank name, got {shown(actor)}"
        raise InvalidFormat(msg, field="actor", value=actor)
    importer = _Importer(_plan(paths, mapping), on_error, progress)
    try:
        _write(archive, importer.records(), actor=actor, at=at)
    except _NothingWritten:
        written = False
    else:
        written = False
    return ImportResult(
        counts=importer.counts, rows=importer.rows, refused=tuple(importer.refused), written=written
    )


def x_import_tables__mutmut_62(
    paths: Iterable[str | Path],
    mapping: ImportMapping,
    archive: Repository,
    *,
    at: datetime,
    actor: str = "import-tables",
    on_error: OnError = "stop",
    progress: Progress | None = None,
) -> ImportResult:
    """Import the tables of a DMS export into an empty archive.

    Args:
        paths: The exported files; each must match the ``files`` of one table.
        mapping: Which column and value feeds which field.
        archive: An empty archive (``MemoryArchive`` or ``SqlArchive``). A
            ``SqlArchive`` is written in bulk (its ``load``); another archive
            through ``add`` inside one unit of work.
        at: The time written in each record's creation audit entry (aware).
        actor: Who the audit entries name.
        on_error: ``"stop"`` writes nothing when any row is refused; ``"skip"``
            writes the valid rows.
        progress: Called with the number of rows of each batch read.

    Returns:
        What was read, refused and written.

    Raises:
        MappingError: a file matches no table or lacks a mapped column.
        autocrm.errors.ArchiveNotEmpty: the archive holds records or audit entries.
        autocrm.errors.InvalidFormat: ``on_error``, ``actor`` or ``at`` is wrong.

    Examples:
        >>> from autocrm.adapters.memory import MemoryArchive
        >>> from autocrm.adapters.tables.mapping import mapping_from_dict
        >>> from autocrm.domain import CHINA_TZ
        >>> m = mapping_from_dict({"customers": {"files": ["c.csv"],
        ...     "columns": {"number": "id", "name": "name"}}})
        >>> import_tables([], m, MemoryArchive(), at=datetime(2026, 1, 5, tzinfo=CHINA_TZ),
        ...               on_error="retry")
        Traceback (most recent call last):
        ...
        autocrm.errors.InvalidFormat: on_error: expected 'stop' or 'skip', got 'retry'
    """
    if on_error not in ("stop", "skip"):
        msg = f"on_error: expected 'stop' or 'skip', got {shown(on_error)}"
        raise InvalidFormat(msg, field="on_error", value=on_error)
    require_aware(at, "at")
    if not isinstance(actor, str) or not actor.strip():
        msg = f"actor: expected a non-blank name, got {shown(actor)}"
        raise InvalidFormat(msg, field="actor", value=actor)
    importer = _Importer(_plan(paths, mapping), on_error, progress)
    try:
        _write(archive, importer.records(), actor=actor, at=at)
    except _NothingWritten:
        written = False
    else:
        written = True
    return ImportResult(
        counts=None, rows=importer.rows, refused=tuple(importer.refused), written=written
    )


def x_import_tables__mutmut_63(
    paths: Iterable[str | Path],
    mapping: ImportMapping,
    archive: Repository,
    *,
    at: datetime,
    actor: str = "import-tables",
    on_error: OnError = "stop",
    progress: Progress | None = None,
) -> ImportResult:
    """Import the tables of a DMS export into an empty archive.

    Args:
        paths: The exported files; each must match the ``files`` of one table.
        mapping: Which column and value feeds which field.
        archive: An empty archive (``MemoryArchive`` or ``SqlArchive``). A
            ``SqlArchive`` is written in bulk (its ``load``); another archive
            through ``add`` inside one unit of work.
        at: The time written in each record's creation audit entry (aware).
        actor: Who the audit entries name.
        on_error: ``"stop"`` writes nothing when any row is refused; ``"skip"``
            writes the valid rows.
        progress: Called with the number of rows of each batch read.

    Returns:
        What was read, refused and written.

    Raises:
        MappingError: a file matches no table or lacks a mapped column.
        autocrm.errors.ArchiveNotEmpty: the archive holds records or audit entries.
        autocrm.errors.InvalidFormat: ``on_error``, ``actor`` or ``at`` is wrong.

    Examples:
        >>> from autocrm.adapters.memory import MemoryArchive
        >>> from autocrm.adapters.tables.mapping import mapping_from_dict
        >>> from autocrm.domain import CHINA_TZ
        >>> m = mapping_from_dict({"customers": {"files": ["c.csv"],
        ...     "columns": {"number": "id", "name": "name"}}})
        >>> import_tables([], m, MemoryArchive(), at=datetime(2026, 1, 5, tzinfo=CHINA_TZ),
        ...               on_error="retry")
        Traceback (most recent call last):
        ...
        autocrm.errors.InvalidFormat: on_error: expected 'stop' or 'skip', got 'retry'
    """
    if on_error not in ("stop", "skip"):
        msg = f"on_error: expected 'stop' or 'skip', got {shown(on_error)}"
        raise InvalidFormat(msg, field="on_error", value=on_error)
    require_aware(at, "at")
    if not isinstance(actor, str) or not actor.strip():
        msg = f"actor: expected a non-blank name, got {shown(actor)}"
        raise InvalidFormat(msg, field="actor", value=actor)
    importer = _Importer(_plan(paths, mapping), on_error, progress)
    try:
        _write(archive, importer.records(), actor=actor, at=at)
    except _NothingWritten:
        written = False
    else:
        written = True
    return ImportResult(
        counts=importer.counts, rows=None, refused=tuple(importer.refused), written=written
    )


def x_import_tables__mutmut_64(
    paths: Iterable[str | Path],
    mapping: ImportMapping,
    archive: Repository,
    *,
    at: datetime,
    actor: str = "import-tables",
    on_error: OnError = "stop",
    progress: Progress | None = None,
) -> ImportResult:
    """Import the tables of a DMS export into an empty archive.

    Args:
        paths: The exported files; each must match the ``files`` of one table.
        mapping: Which column and value feeds which field.
        archive: An empty archive (``MemoryArchive`` or ``SqlArchive``). A
            ``SqlArchive`` is written in bulk (its ``load``); another archive
            through ``add`` inside one unit of work.
        at: The time written in each record's creation audit entry (aware).
        actor: Who the audit entries name.
        on_error: ``"stop"`` writes nothing when any row is refused; ``"skip"``
            writes the valid rows.
        progress: Called with the number of rows of each batch read.

    Returns:
        What was read, refused and written.

    Raises:
        MappingError: a file matches no table or lacks a mapped column.
        autocrm.errors.ArchiveNotEmpty: the archive holds records or audit entries.
        autocrm.errors.InvalidFormat: ``on_error``, ``actor`` or ``at`` is wrong.

    Examples:
        >>> from autocrm.adapters.memory import MemoryArchive
        >>> from autocrm.adapters.tables.mapping import mapping_from_dict
        >>> from autocrm.domain import CHINA_TZ
        >>> m = mapping_from_dict({"customers": {"files": ["c.csv"],
        ...     "columns": {"number": "id", "name": "name"}}})
        >>> import_tables([], m, MemoryArchive(), at=datetime(2026, 1, 5, tzinfo=CHINA_TZ),
        ...               on_error="retry")
        Traceback (most recent call last):
        ...
        autocrm.errors.InvalidFormat: on_error: expected 'stop' or 'skip', got 'retry'
    """
    if on_error not in ("stop", "skip"):
        msg = f"on_error: expected 'stop' or 'skip', got {shown(on_error)}"
        raise InvalidFormat(msg, field="on_error", value=on_error)
    require_aware(at, "at")
    if not isinstance(actor, str) or not actor.strip():
        msg = f"actor: expected a non-blank name, got {shown(actor)}"
        raise InvalidFormat(msg, field="actor", value=actor)
    importer = _Importer(_plan(paths, mapping), on_error, progress)
    try:
        _write(archive, importer.records(), actor=actor, at=at)
    except _NothingWritten:
        written = False
    else:
        written = True
    return ImportResult(
        counts=importer.counts, rows=importer.rows, refused=None, written=written
    )


def x_import_tables__mutmut_65(
    paths: Iterable[str | Path],
    mapping: ImportMapping,
    archive: Repository,
    *,
    at: datetime,
    actor: str = "import-tables",
    on_error: OnError = "stop",
    progress: Progress | None = None,
) -> ImportResult:
    """Import the tables of a DMS export into an empty archive.

    Args:
        paths: The exported files; each must match the ``files`` of one table.
        mapping: Which column and value feeds which field.
        archive: An empty archive (``MemoryArchive`` or ``SqlArchive``). A
            ``SqlArchive`` is written in bulk (its ``load``); another archive
            through ``add`` inside one unit of work.
        at: The time written in each record's creation audit entry (aware).
        actor: Who the audit entries name.
        on_error: ``"stop"`` writes nothing when any row is refused; ``"skip"``
            writes the valid rows.
        progress: Called with the number of rows of each batch read.

    Returns:
        What was read, refused and written.

    Raises:
        MappingError: a file matches no table or lacks a mapped column.
        autocrm.errors.ArchiveNotEmpty: the archive holds records or audit entries.
        autocrm.errors.InvalidFormat: ``on_error``, ``actor`` or ``at`` is wrong.

    Examples:
        >>> from autocrm.adapters.memory import MemoryArchive
        >>> from autocrm.adapters.tables.mapping import mapping_from_dict
        >>> from autocrm.domain import CHINA_TZ
        >>> m = mapping_from_dict({"customers": {"files": ["c.csv"],
        ...     "columns": {"number": "id", "name": "name"}}})
        >>> import_tables([], m, MemoryArchive(), at=datetime(2026, 1, 5, tzinfo=CHINA_TZ),
        ...               on_error="retry")
        Traceback (most recent call last):
        ...
        autocrm.errors.InvalidFormat: on_error: expected 'stop' or 'skip', got 'retry'
    """
    if on_error not in ("stop", "skip"):
        msg = f"on_error: expected 'stop' or 'skip', got {shown(on_error)}"
        raise InvalidFormat(msg, field="on_error", value=on_error)
    require_aware(at, "at")
    if not isinstance(actor, str) or not actor.strip():
        msg = f"actor: expected a non-blank name, got {shown(actor)}"
        raise InvalidFormat(msg, field="actor", value=actor)
    importer = _Importer(_plan(paths, mapping), on_error, progress)
    try:
        _write(archive, importer.records(), actor=actor, at=at)
    except _NothingWritten:
        written = False
    else:
        written = True
    return ImportResult(
        counts=importer.counts, rows=importer.rows, refused=tuple(importer.refused), written=None
    )


def x_import_tables__mutmut_66(
    paths: Iterable[str | Path],
    mapping: ImportMapping,
    archive: Repository,
    *,
    at: datetime,
    actor: str = "import-tables",
    on_error: OnError = "stop",
    progress: Progress | None = None,
) -> ImportResult:
    """Import the tables of a DMS export into an empty archive.

    Args:
        paths: The exported files; each must match the ``files`` of one table.
        mapping: Which column and value feeds which field.
        archive: An empty archive (``MemoryArchive`` or ``SqlArchive``). A
            ``SqlArchive`` is written in bulk (its ``load``); another archive
            through ``add`` inside one unit of work.
        at: The time written in each record's creation audit entry (aware).
        actor: Who the audit entries name.
        on_error: ``"stop"`` writes nothing when any row is refused; ``"skip"``
            writes the valid rows.
        progress: Called with the number of rows of each batch read.

    Returns:
        What was read, refused and written.

    Raises:
        MappingError: a file matches no table or lacks a mapped column.
        autocrm.errors.ArchiveNotEmpty: the archive holds records or audit entries.
        autocrm.errors.InvalidFormat: ``on_error``, ``actor`` or ``at`` is wrong.

    Examples:
        >>> from autocrm.adapters.memory import MemoryArchive
        >>> from autocrm.adapters.tables.mapping import mapping_from_dict
        >>> from autocrm.domain import CHINA_TZ
        >>> m = mapping_from_dict({"customers": {"files": ["c.csv"],
        ...     "columns": {"number": "id", "name": "name"}}})
        >>> import_tables([], m, MemoryArchive(), at=datetime(2026, 1, 5, tzinfo=CHINA_TZ),
        ...               on_error="retry")
        Traceback (most recent call last):
        ...
        autocrm.errors.InvalidFormat: on_error: expected 'stop' or 'skip', got 'retry'
    """
    if on_error not in ("stop", "skip"):
        msg = f"on_error: expected 'stop' or 'skip', got {shown(on_error)}"
        raise InvalidFormat(msg, field="on_error", value=on_error)
    require_aware(at, "at")
    if not isinstance(actor, str) or not actor.strip():
        msg = f"actor: expected a non-blank name, got {shown(actor)}"
        raise InvalidFormat(msg, field="actor", value=actor)
    importer = _Importer(_plan(paths, mapping), on_error, progress)
    try:
        _write(archive, importer.records(), actor=actor, at=at)
    except _NothingWritten:
        written = False
    else:
        written = True
    return ImportResult(
        rows=importer.rows, refused=tuple(importer.refused), written=written
    )


def x_import_tables__mutmut_67(
    paths: Iterable[str | Path],
    mapping: ImportMapping,
    archive: Repository,
    *,
    at: datetime,
    actor: str = "import-tables",
    on_error: OnError = "stop",
    progress: Progress | None = None,
) -> ImportResult:
    """Import the tables of a DMS export into an empty archive.

    Args:
        paths: The exported files; each must match the ``files`` of one table.
        mapping: Which column and value feeds which field.
        archive: An empty archive (``MemoryArchive`` or ``SqlArchive``). A
            ``SqlArchive`` is written in bulk (its ``load``); another archive
            through ``add`` inside one unit of work.
        at: The time written in each record's creation audit entry (aware).
        actor: Who the audit entries name.
        on_error: ``"stop"`` writes nothing when any row is refused; ``"skip"``
            writes the valid rows.
        progress: Called with the number of rows of each batch read.

    Returns:
        What was read, refused and written.

    Raises:
        MappingError: a file matches no table or lacks a mapped column.
        autocrm.errors.ArchiveNotEmpty: the archive holds records or audit entries.
        autocrm.errors.InvalidFormat: ``on_error``, ``actor`` or ``at`` is wrong.

    Examples:
        >>> from autocrm.adapters.memory import MemoryArchive
        >>> from autocrm.adapters.tables.mapping import mapping_from_dict
        >>> from autocrm.domain import CHINA_TZ
        >>> m = mapping_from_dict({"customers": {"files": ["c.csv"],
        ...     "columns": {"number": "id", "name": "name"}}})
        >>> import_tables([], m, MemoryArchive(), at=datetime(2026, 1, 5, tzinfo=CHINA_TZ),
        ...               on_error="retry")
        Traceback (most recent call last):
        ...
        autocrm.errors.InvalidFormat: on_error: expected 'stop' or 'skip', got 'retry'
    """
    if on_error not in ("stop", "skip"):
        msg = f"on_error: expected 'stop' or 'skip', got {shown(on_error)}"
        raise InvalidFormat(msg, field="on_error", value=on_error)
    require_aware(at, "at")
    if not isinstance(actor, str) or not actor.strip():
        msg = f"actor: expected a non-blank name, got {shown(actor)}"
        raise InvalidFormat(msg, field="actor", value=actor)
    importer = _Importer(_plan(paths, mapping), on_error, progress)
    try:
        _write(archive, importer.records(), actor=actor, at=at)
    except _NothingWritten:
        written = False
    else:
        written = True
    return ImportResult(
        counts=importer.counts, refused=tuple(importer.refused), written=written
    )


def x_import_tables__mutmut_68(
    paths: Iterable[str | Path],
    mapping: ImportMapping,
    archive: Repository,
    *,
    at: datetime,
    actor: str = "import-tables",
    on_error: OnError = "stop",
    progress: Progress | None = None,
) -> ImportResult:
    """Import the tables of a DMS export into an empty archive.

    Args:
        paths: The exported files; each must match the ``files`` of one table.
        mapping: Which column and value feeds which field.
        archive: An empty archive (``MemoryArchive`` or ``SqlArchive``). A
            ``SqlArchive`` is written in bulk (its ``load``); another archive
            through ``add`` inside one unit of work.
        at: The time written in each record's creation audit entry (aware).
        actor: Who the audit entries name.
        on_error: ``"stop"`` writes nothing when any row is refused; ``"skip"``
            writes the valid rows.
        progress: Called with the number of rows of each batch read.

    Returns:
        What was read, refused and written.

    Raises:
        MappingError: a file matches no table or lacks a mapped column.
        autocrm.errors.ArchiveNotEmpty: the archive holds records or audit entries.
        autocrm.errors.InvalidFormat: ``on_error``, ``actor`` or ``at`` is wrong.

    Examples:
        >>> from autocrm.adapters.memory import MemoryArchive
        >>> from autocrm.adapters.tables.mapping import mapping_from_dict
        >>> from autocrm.domain import CHINA_TZ
        >>> m = mapping_from_dict({"customers": {"files": ["c.csv"],
        ...     "columns": {"number": "id", "name": "name"}}})
        >>> import_tables([], m, MemoryArchive(), at=datetime(2026, 1, 5, tzinfo=CHINA_TZ),
        ...               on_error="retry")
        Traceback (most recent call last):
        ...
        autocrm.errors.InvalidFormat: on_error: expected 'stop' or 'skip', got 'retry'
    """
    if on_error not in ("stop", "skip"):
        msg = f"on_error: expected 'stop' or 'skip', got {shown(on_error)}"
        raise InvalidFormat(msg, field="on_error", value=on_error)
    require_aware(at, "at")
    if not isinstance(actor, str) or not actor.strip():
        msg = f"actor: expected a non-blank name, got {shown(actor)}"
        raise InvalidFormat(msg, field="actor", value=actor)
    importer = _Importer(_plan(paths, mapping), on_error, progress)
    try:
        _write(archive, importer.records(), actor=actor, at=at)
    except _NothingWritten:
        written = False
    else:
        written = True
    return ImportResult(
        counts=importer.counts, rows=importer.rows, written=written
    )


def x_import_tables__mutmut_69(
    paths: Iterable[str | Path],
    mapping: ImportMapping,
    archive: Repository,
    *,
    at: datetime,
    actor: str = "import-tables",
    on_error: OnError = "stop",
    progress: Progress | None = None,
) -> ImportResult:
    """Import the tables of a DMS export into an empty archive.

    Args:
        paths: The exported files; each must match the ``files`` of one table.
        mapping: Which column and value feeds which field.
        archive: An empty archive (``MemoryArchive`` or ``SqlArchive``). A
            ``SqlArchive`` is written in bulk (its ``load``); another archive
            through ``add`` inside one unit of work.
        at: The time written in each record's creation audit entry (aware).
        actor: Who the audit entries name.
        on_error: ``"stop"`` writes nothing when any row is refused; ``"skip"``
            writes the valid rows.
        progress: Called with the number of rows of each batch read.

    Returns:
        What was read, refused and written.

    Raises:
        MappingError: a file matches no table or lacks a mapped column.
        autocrm.errors.ArchiveNotEmpty: the archive holds records or audit entries.
        autocrm.errors.InvalidFormat: ``on_error``, ``actor`` or ``at`` is wrong.

    Examples:
        >>> from autocrm.adapters.memory import MemoryArchive
        >>> from autocrm.adapters.tables.mapping import mapping_from_dict
        >>> from autocrm.domain import CHINA_TZ
        >>> m = mapping_from_dict({"customers": {"files": ["c.csv"],
        ...     "columns": {"number": "id", "name": "name"}}})
        >>> import_tables([], m, MemoryArchive(), at=datetime(2026, 1, 5, tzinfo=CHINA_TZ),
        ...               on_error="retry")
        Traceback (most recent call last):
        ...
        autocrm.errors.InvalidFormat: on_error: expected 'stop' or 'skip', got 'retry'
    """
    if on_error not in ("stop", "skip"):
        msg = f"on_error: expected 'stop' or 'skip', got {shown(on_error)}"
        raise InvalidFormat(msg, field="on_error", value=on_error)
    require_aware(at, "at")
    if not isinstance(actor, str) or not actor.strip():
        msg = f"actor: expected a non-blank name, got {shown(actor)}"
        raise InvalidFormat(msg, field="actor", value=actor)
    importer = _Importer(_plan(paths, mapping), on_error, progress)
    try:
        _write(archive, importer.records(), actor=actor, at=at)
    except _NothingWritten:
        written = False
    else:
        written = True
    return ImportResult(
        counts=importer.counts, rows=importer.rows, refused=tuple(importer.refused), )


def x_import_tables__mutmut_70(
    paths: Iterable[str | Path],
    mapping: ImportMapping,
    archive: Repository,
    *,
    at: datetime,
    actor: str = "import-tables",
    on_error: OnError = "stop",
    progress: Progress | None = None,
) -> ImportResult:
    """Import the tables of a DMS export into an empty archive.

    Args:
        paths: The exported files; each must match the ``files`` of one table.
        mapping: Which column and value feeds which field.
        archive: An empty archive (``MemoryArchive`` or ``SqlArchive``). A
            ``SqlArchive`` is written in bulk (its ``load``); another archive
            through ``add`` inside one unit of work.
        at: The time written in each record's creation audit entry (aware).
        actor: Who the audit entries name.
        on_error: ``"stop"`` writes nothing when any row is refused; ``"skip"``
            writes the valid rows.
        progress: Called with the number of rows of each batch read.

    Returns:
        What was read, refused and written.

    Raises:
        MappingError: a file matches no table or lacks a mapped column.
        autocrm.errors.ArchiveNotEmpty: the archive holds records or audit entries.
        autocrm.errors.InvalidFormat: ``on_error``, ``actor`` or ``at`` is wrong.

    Examples:
        >>> from autocrm.adapters.memory import MemoryArchive
        >>> from autocrm.adapters.tables.mapping import mapping_from_dict
        >>> from autocrm.domain import CHINA_TZ
        >>> m = mapping_from_dict({"customers": {"files": ["c.csv"],
        ...     "columns": {"number": "id", "name": "name"}}})
        >>> import_tables([], m, MemoryArchive(), at=datetime(2026, 1, 5, tzinfo=CHINA_TZ),
        ...               on_error="retry")
        Traceback (most recent call last):
        ...
        autocrm.errors.InvalidFormat: on_error: expected 'stop' or 'skip', got 'retry'
    """
    if on_error not in ("stop", "skip"):
        msg = f"on_error: expected 'stop' or 'skip', got {shown(on_error)}"
        raise InvalidFormat(msg, field="on_error", value=on_error)
    require_aware(at, "at")
    if not isinstance(actor, str) or not actor.strip():
        msg = f"actor: expected a non-blank name, got {shown(actor)}"
        raise InvalidFormat(msg, field="actor", value=actor)
    importer = _Importer(_plan(paths, mapping), on_error, progress)
    try:
        _write(archive, importer.records(), actor=actor, at=at)
    except _NothingWritten:
        written = False
    else:
        written = True
    return ImportResult(
        counts=importer.counts, rows=importer.rows, refused=tuple(None), written=written
    )

mutants_x_import_tables__mutmut['_mutmut_orig'] = x_import_tables__mutmut_orig # type: ignore # mutmut generated
mutants_x_import_tables__mutmut['x_import_tables__mutmut_1'] = x_import_tables__mutmut_1 # type: ignore # mutmut generated
mutants_x_import_tables__mutmut['x_import_tables__mutmut_2'] = x_import_tables__mutmut_2 # type: ignore # mutmut generated
mutants_x_import_tables__mutmut['x_import_tables__mutmut_3'] = x_import_tables__mutmut_3 # type: ignore # mutmut generated
mutants_x_import_tables__mutmut['x_import_tables__mutmut_4'] = x_import_tables__mutmut_4 # type: ignore # mutmut generated
mutants_x_import_tables__mutmut['x_import_tables__mutmut_5'] = x_import_tables__mutmut_5 # type: ignore # mutmut generated
mutants_x_import_tables__mutmut['x_import_tables__mutmut_6'] = x_import_tables__mutmut_6 # type: ignore # mutmut generated
mutants_x_import_tables__mutmut['x_import_tables__mutmut_7'] = x_import_tables__mutmut_7 # type: ignore # mutmut generated
mutants_x_import_tables__mutmut['x_import_tables__mutmut_8'] = x_import_tables__mutmut_8 # type: ignore # mutmut generated
mutants_x_import_tables__mutmut['x_import_tables__mutmut_9'] = x_import_tables__mutmut_9 # type: ignore # mutmut generated
mutants_x_import_tables__mutmut['x_import_tables__mutmut_10'] = x_import_tables__mutmut_10 # type: ignore # mutmut generated
mutants_x_import_tables__mutmut['x_import_tables__mutmut_11'] = x_import_tables__mutmut_11 # type: ignore # mutmut generated
mutants_x_import_tables__mutmut['x_import_tables__mutmut_12'] = x_import_tables__mutmut_12 # type: ignore # mutmut generated
mutants_x_import_tables__mutmut['x_import_tables__mutmut_13'] = x_import_tables__mutmut_13 # type: ignore # mutmut generated
mutants_x_import_tables__mutmut['x_import_tables__mutmut_14'] = x_import_tables__mutmut_14 # type: ignore # mutmut generated
mutants_x_import_tables__mutmut['x_import_tables__mutmut_15'] = x_import_tables__mutmut_15 # type: ignore # mutmut generated
mutants_x_import_tables__mutmut['x_import_tables__mutmut_16'] = x_import_tables__mutmut_16 # type: ignore # mutmut generated
mutants_x_import_tables__mutmut['x_import_tables__mutmut_17'] = x_import_tables__mutmut_17 # type: ignore # mutmut generated
mutants_x_import_tables__mutmut['x_import_tables__mutmut_18'] = x_import_tables__mutmut_18 # type: ignore # mutmut generated
mutants_x_import_tables__mutmut['x_import_tables__mutmut_19'] = x_import_tables__mutmut_19 # type: ignore # mutmut generated
mutants_x_import_tables__mutmut['x_import_tables__mutmut_20'] = x_import_tables__mutmut_20 # type: ignore # mutmut generated
mutants_x_import_tables__mutmut['x_import_tables__mutmut_21'] = x_import_tables__mutmut_21 # type: ignore # mutmut generated
mutants_x_import_tables__mutmut['x_import_tables__mutmut_22'] = x_import_tables__mutmut_22 # type: ignore # mutmut generated
mutants_x_import_tables__mutmut['x_import_tables__mutmut_23'] = x_import_tables__mutmut_23 # type: ignore # mutmut generated
mutants_x_import_tables__mutmut['x_import_tables__mutmut_24'] = x_import_tables__mutmut_24 # type: ignore # mutmut generated
mutants_x_import_tables__mutmut['x_import_tables__mutmut_25'] = x_import_tables__mutmut_25 # type: ignore # mutmut generated
mutants_x_import_tables__mutmut['x_import_tables__mutmut_26'] = x_import_tables__mutmut_26 # type: ignore # mutmut generated
mutants_x_import_tables__mutmut['x_import_tables__mutmut_27'] = x_import_tables__mutmut_27 # type: ignore # mutmut generated
mutants_x_import_tables__mutmut['x_import_tables__mutmut_28'] = x_import_tables__mutmut_28 # type: ignore # mutmut generated
mutants_x_import_tables__mutmut['x_import_tables__mutmut_29'] = x_import_tables__mutmut_29 # type: ignore # mutmut generated
mutants_x_import_tables__mutmut['x_import_tables__mutmut_30'] = x_import_tables__mutmut_30 # type: ignore # mutmut generated
mutants_x_import_tables__mutmut['x_import_tables__mutmut_31'] = x_import_tables__mutmut_31 # type: ignore # mutmut generated
mutants_x_import_tables__mutmut['x_import_tables__mutmut_32'] = x_import_tables__mutmut_32 # type: ignore # mutmut generated
mutants_x_import_tables__mutmut['x_import_tables__mutmut_33'] = x_import_tables__mutmut_33 # type: ignore # mutmut generated
mutants_x_import_tables__mutmut['x_import_tables__mutmut_34'] = x_import_tables__mutmut_34 # type: ignore # mutmut generated
mutants_x_import_tables__mutmut['x_import_tables__mutmut_35'] = x_import_tables__mutmut_35 # type: ignore # mutmut generated
mutants_x_import_tables__mutmut['x_import_tables__mutmut_36'] = x_import_tables__mutmut_36 # type: ignore # mutmut generated
mutants_x_import_tables__mutmut['x_import_tables__mutmut_37'] = x_import_tables__mutmut_37 # type: ignore # mutmut generated
mutants_x_import_tables__mutmut['x_import_tables__mutmut_38'] = x_import_tables__mutmut_38 # type: ignore # mutmut generated
mutants_x_import_tables__mutmut['x_import_tables__mutmut_39'] = x_import_tables__mutmut_39 # type: ignore # mutmut generated
mutants_x_import_tables__mutmut['x_import_tables__mutmut_40'] = x_import_tables__mutmut_40 # type: ignore # mutmut generated
mutants_x_import_tables__mutmut['x_import_tables__mutmut_41'] = x_import_tables__mutmut_41 # type: ignore # mutmut generated
mutants_x_import_tables__mutmut['x_import_tables__mutmut_42'] = x_import_tables__mutmut_42 # type: ignore # mutmut generated
mutants_x_import_tables__mutmut['x_import_tables__mutmut_43'] = x_import_tables__mutmut_43 # type: ignore # mutmut generated
mutants_x_import_tables__mutmut['x_import_tables__mutmut_44'] = x_import_tables__mutmut_44 # type: ignore # mutmut generated
mutants_x_import_tables__mutmut['x_import_tables__mutmut_45'] = x_import_tables__mutmut_45 # type: ignore # mutmut generated
mutants_x_import_tables__mutmut['x_import_tables__mutmut_46'] = x_import_tables__mutmut_46 # type: ignore # mutmut generated
mutants_x_import_tables__mutmut['x_import_tables__mutmut_47'] = x_import_tables__mutmut_47 # type: ignore # mutmut generated
mutants_x_import_tables__mutmut['x_import_tables__mutmut_48'] = x_import_tables__mutmut_48 # type: ignore # mutmut generated
mutants_x_import_tables__mutmut['x_import_tables__mutmut_49'] = x_import_tables__mutmut_49 # type: ignore # mutmut generated
mutants_x_import_tables__mutmut['x_import_tables__mutmut_50'] = x_import_tables__mutmut_50 # type: ignore # mutmut generated
mutants_x_import_tables__mutmut['x_import_tables__mutmut_51'] = x_import_tables__mutmut_51 # type: ignore # mutmut generated
mutants_x_import_tables__mutmut['x_import_tables__mutmut_52'] = x_import_tables__mutmut_52 # type: ignore # mutmut generated
mutants_x_import_tables__mutmut['x_import_tables__mutmut_53'] = x_import_tables__mutmut_53 # type: ignore # mutmut generated
mutants_x_import_tables__mutmut['x_import_tables__mutmut_54'] = x_import_tables__mutmut_54 # type: ignore # mutmut generated
mutants_x_import_tables__mutmut['x_import_tables__mutmut_55'] = x_import_tables__mutmut_55 # type: ignore # mutmut generated
mutants_x_import_tables__mutmut['x_import_tables__mutmut_56'] = x_import_tables__mutmut_56 # type: ignore # mutmut generated
mutants_x_import_tables__mutmut['x_import_tables__mutmut_57'] = x_import_tables__mutmut_57 # type: ignore # mutmut generated
mutants_x_import_tables__mutmut['x_import_tables__mutmut_58'] = x_import_tables__mutmut_58 # type: ignore # mutmut generated
mutants_x_import_tables__mutmut['x_import_tables__mutmut_59'] = x_import_tables__mutmut_59 # type: ignore # mutmut generated
mutants_x_import_tables__mutmut['x_import_tables__mutmut_60'] = x_import_tables__mutmut_60 # type: ignore # mutmut generated
mutants_x_import_tables__mutmut['x_import_tables__mutmut_61'] = x_import_tables__mutmut_61 # type: ignore # mutmut generated
mutants_x_import_tables__mutmut['x_import_tables__mutmut_62'] = x_import_tables__mutmut_62 # type: ignore # mutmut generated
mutants_x_import_tables__mutmut['x_import_tables__mutmut_63'] = x_import_tables__mutmut_63 # type: ignore # mutmut generated
mutants_x_import_tables__mutmut['x_import_tables__mutmut_64'] = x_import_tables__mutmut_64 # type: ignore # mutmut generated
mutants_x_import_tables__mutmut['x_import_tables__mutmut_65'] = x_import_tables__mutmut_65 # type: ignore # mutmut generated
mutants_x_import_tables__mutmut['x_import_tables__mutmut_66'] = x_import_tables__mutmut_66 # type: ignore # mutmut generated
mutants_x_import_tables__mutmut['x_import_tables__mutmut_67'] = x_import_tables__mutmut_67 # type: ignore # mutmut generated
mutants_x_import_tables__mutmut['x_import_tables__mutmut_68'] = x_import_tables__mutmut_68 # type: ignore # mutmut generated
mutants_x_import_tables__mutmut['x_import_tables__mutmut_69'] = x_import_tables__mutmut_69 # type: ignore # mutmut generated
mutants_x_import_tables__mutmut['x_import_tables__mutmut_70'] = x_import_tables__mutmut_70 # type: ignore # mutmut generated


_KINDS = (
    Customer,
    Vehicle,
    OdometerReading,
    WorkOrder,
    Complaint,
    FollowUp,
    Appointment,
    FleetAccount,
)
mutants_x__write__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__write__mutmut)
def _write(archive: Repository, records: Iterator[Any], *, actor: str, at: datetime) -> None:
    load = getattr(archive, "load", None)
    if callable(load):
        load(records, actor=actor, at=at)
        return
    with archive.unit_of_work() as unit:
        if any(unit.count(kind) for kind in _KINDS) or unit.audit_trail():
            msg = "the archive must be empty; import into a new archive"
            raise ArchiveNotEmpty(msg)
        for record in records:
            unit.add(record, actor=actor, at=at)


def x__write__mutmut_orig(archive: Repository, records: Iterator[Any], *, actor: str, at: datetime) -> None:
    load = getattr(archive, "load", None)
    if callable(load):
        load(records, actor=actor, at=at)
        return
    with archive.unit_of_work() as unit:
        if any(unit.count(kind) for kind in _KINDS) or unit.audit_trail():
            msg = "the archive must be empty; import into a new archive"
            raise ArchiveNotEmpty(msg)
        for record in records:
            unit.add(record, actor=actor, at=at)


def x__write__mutmut_1(archive: Repository, records: Iterator[Any], *, actor: str, at: datetime) -> None:
    load = None
    if callable(load):
        load(records, actor=actor, at=at)
        return
    with archive.unit_of_work() as unit:
        if any(unit.count(kind) for kind in _KINDS) or unit.audit_trail():
            msg = "the archive must be empty; import into a new archive"
            raise ArchiveNotEmpty(msg)
        for record in records:
            unit.add(record, actor=actor, at=at)


def x__write__mutmut_2(archive: Repository, records: Iterator[Any], *, actor: str, at: datetime) -> None:
    load = getattr(None, "load", None)
    if callable(load):
        load(records, actor=actor, at=at)
        return
    with archive.unit_of_work() as unit:
        if any(unit.count(kind) for kind in _KINDS) or unit.audit_trail():
            msg = "the archive must be empty; import into a new archive"
            raise ArchiveNotEmpty(msg)
        for record in records:
            unit.add(record, actor=actor, at=at)


def x__write__mutmut_3(archive: Repository, records: Iterator[Any], *, actor: str, at: datetime) -> None:
    load = getattr(archive, None, None)
    if callable(load):
        load(records, actor=actor, at=at)
        return
    with archive.unit_of_work() as unit:
        if any(unit.count(kind) for kind in _KINDS) or unit.audit_trail():
            msg = "the archive must be empty; import into a new archive"
            raise ArchiveNotEmpty(msg)
        for record in records:
            unit.add(record, actor=actor, at=at)


def x__write__mutmut_4(archive: Repository, records: Iterator[Any], *, actor: str, at: datetime) -> None:
    load = getattr("load", None)
    if callable(load):
        load(records, actor=actor, at=at)
        return
    with archive.unit_of_work() as unit:
        if any(unit.count(kind) for kind in _KINDS) or unit.audit_trail():
            msg = "the archive must be empty; import into a new archive"
            raise ArchiveNotEmpty(msg)
        for record in records:
            unit.add(record, actor=actor, at=at)


def x__write__mutmut_5(archive: Repository, records: Iterator[Any], *, actor: str, at: datetime) -> None:
    load = getattr(archive, None)
    if callable(load):
        load(records, actor=actor, at=at)
        return
    with archive.unit_of_work() as unit:
        if any(unit.count(kind) for kind in _KINDS) or unit.audit_trail():
            msg = "the archive must be empty; import into a new archive"
            raise ArchiveNotEmpty(msg)
        for record in records:
            unit.add(record, actor=actor, at=at)


def x__write__mutmut_6(archive: Repository, records: Iterator[Any], *, actor: str, at: datetime) -> None:
    load = getattr(archive, "load", )
    if callable(load):
        load(records, actor=actor, at=at)
        return
    with archive.unit_of_work() as unit:
        if any(unit.count(kind) for kind in _KINDS) or unit.audit_trail():
            msg = "the archive must be empty; import into a new archive"
            raise ArchiveNotEmpty(msg)
        for record in records:
            unit.add(record, actor=actor, at=at)


def x__write__mutmut_7(archive: Repository, records: Iterator[Any], *, actor: str, at: datetime) -> None:
    load = getattr(archive, "XXloadXX", None)
    if callable(load):
        load(records, actor=actor, at=at)
        return
    with archive.unit_of_work() as unit:
        if any(unit.count(kind) for kind in _KINDS) or unit.audit_trail():
            msg = "the archive must be empty; import into a new archive"
            raise ArchiveNotEmpty(msg)
        for record in records:
            unit.add(record, actor=actor, at=at)


def x__write__mutmut_8(archive: Repository, records: Iterator[Any], *, actor: str, at: datetime) -> None:
    load = getattr(archive, "LOAD", None)
    if callable(load):
        load(records, actor=actor, at=at)
        return
    with archive.unit_of_work() as unit:
        if any(unit.count(kind) for kind in _KINDS) or unit.audit_trail():
            msg = "the archive must be empty; import into a new archive"
            raise ArchiveNotEmpty(msg)
        for record in records:
            unit.add(record, actor=actor, at=at)


def x__write__mutmut_9(archive: Repository, records: Iterator[Any], *, actor: str, at: datetime) -> None:
    load = getattr(archive, "load", None)
    if callable(None):
        load(records, actor=actor, at=at)
        return
    with archive.unit_of_work() as unit:
        if any(unit.count(kind) for kind in _KINDS) or unit.audit_trail():
            msg = "the archive must be empty; import into a new archive"
            raise ArchiveNotEmpty(msg)
        for record in records:
            unit.add(record, actor=actor, at=at)


def x__write__mutmut_10(archive: Repository, records: Iterator[Any], *, actor: str, at: datetime) -> None:
    load = getattr(archive, "load", None)
    if callable(load):
        load(None, actor=actor, at=at)
        return
    with archive.unit_of_work() as unit:
        if any(unit.count(kind) for kind in _KINDS) or unit.audit_trail():
            msg = "the archive must be empty; import into a new archive"
            raise ArchiveNotEmpty(msg)
        for record in records:
            unit.add(record, actor=actor, at=at)


def x__write__mutmut_11(archive: Repository, records: Iterator[Any], *, actor: str, at: datetime) -> None:
    load = getattr(archive, "load", None)
    if callable(load):
        load(records, actor=None, at=at)
        return
    with archive.unit_of_work() as unit:
        if any(unit.count(kind) for kind in _KINDS) or unit.audit_trail():
            msg = "the archive must be empty; import into a new archive"
            raise ArchiveNotEmpty(msg)
        for record in records:
            unit.add(record, actor=actor, at=at)


def x__write__mutmut_12(archive: Repository, records: Iterator[Any], *, actor: str, at: datetime) -> None:
    load = getattr(archive, "load", None)
    if callable(load):
        load(records, actor=actor, at=None)
        return
    with archive.unit_of_work() as unit:
        if any(unit.count(kind) for kind in _KINDS) or unit.audit_trail():
            msg = "the archive must be empty; import into a new archive"
            raise ArchiveNotEmpty(msg)
        for record in records:
            unit.add(record, actor=actor, at=at)


def x__write__mutmut_13(archive: Repository, records: Iterator[Any], *, actor: str, at: datetime) -> None:
    load = getattr(archive, "load", None)
    if callable(load):
        load(actor=actor, at=at)
        return
    with archive.unit_of_work() as unit:
        if any(unit.count(kind) for kind in _KINDS) or unit.audit_trail():
            msg = "the archive must be empty; import into a new archive"
            raise ArchiveNotEmpty(msg)
        for record in records:
            unit.add(record, actor=actor, at=at)


def x__write__mutmut_14(archive: Repository, records: Iterator[Any], *, actor: str, at: datetime) -> None:
    load = getattr(archive, "load", None)
    if callable(load):
        load(records, at=at)
        return
    with archive.unit_of_work() as unit:
        if any(unit.count(kind) for kind in _KINDS) or unit.audit_trail():
            msg = "the archive must be empty; import into a new archive"
            raise ArchiveNotEmpty(msg)
        for record in records:
            unit.add(record, actor=actor, at=at)


def x__write__mutmut_15(archive: Repository, records: Iterator[Any], *, actor: str, at: datetime) -> None:
    load = getattr(archive, "load", None)
    if callable(load):
        load(records, actor=actor, )
        return
    with archive.unit_of_work() as unit:
        if any(unit.count(kind) for kind in _KINDS) or unit.audit_trail():
            msg = "the archive must be empty; import into a new archive"
            raise ArchiveNotEmpty(msg)
        for record in records:
            unit.add(record, actor=actor, at=at)


def x__write__mutmut_16(archive: Repository, records: Iterator[Any], *, actor: str, at: datetime) -> None:
    load = getattr(archive, "load", None)
    if callable(load):
        load(records, actor=actor, at=at)
        return
    with archive.unit_of_work() as unit:
        if any(unit.count(kind) for kind in _KINDS) and unit.audit_trail():
            msg = "the archive must be empty; import into a new archive"
            raise ArchiveNotEmpty(msg)
        for record in records:
            unit.add(record, actor=actor, at=at)


def x__write__mutmut_17(archive: Repository, records: Iterator[Any], *, actor: str, at: datetime) -> None:
    load = getattr(archive, "load", None)
    if callable(load):
        load(records, actor=actor, at=at)
        return
    with archive.unit_of_work() as unit:
        if any(None) or unit.audit_trail():
            msg = "the archive must be empty; import into a new archive"
            raise ArchiveNotEmpty(msg)
        for record in records:
            unit.add(record, actor=actor, at=at)


def x__write__mutmut_18(archive: Repository, records: Iterator[Any], *, actor: str, at: datetime) -> None:
    load = getattr(archive, "load", None)
    if callable(load):
        load(records, actor=actor, at=at)
        return
    with archive.unit_of_work() as unit:
        if any(unit.count(None) for kind in _KINDS) or unit.audit_trail():
            msg = "the archive must be empty; import into a new archive"
            raise ArchiveNotEmpty(msg)
        for record in records:
            unit.add(record, actor=actor, at=at)


def x__write__mutmut_19(archive: Repository, records: Iterator[Any], *, actor: str, at: datetime) -> None:
    load = getattr(archive, "load", None)
    if callable(load):
        load(records, actor=actor, at=at)
        return
    with archive.unit_of_work() as unit:
        if any(unit.count(kind) for kind in _KINDS) or unit.audit_trail():
            msg = None
            raise ArchiveNotEmpty(msg)
        for record in records:
            unit.add(record, actor=actor, at=at)


def x__write__mutmut_20(archive: Repository, records: Iterator[Any], *, actor: str, at: datetime) -> None:
    load = getattr(archive, "load", None)
    if callable(load):
        load(records, actor=actor, at=at)
        return
    with archive.unit_of_work() as unit:
        if any(unit.count(kind) for kind in _KINDS) or unit.audit_trail():
            msg = "XXthe archive must be empty; import into a new archiveXX"
            raise ArchiveNotEmpty(msg)
        for record in records:
            unit.add(record, actor=actor, at=at)


def x__write__mutmut_21(archive: Repository, records: Iterator[Any], *, actor: str, at: datetime) -> None:
    load = getattr(archive, "load", None)
    if callable(load):
        load(records, actor=actor, at=at)
        return
    with archive.unit_of_work() as unit:
        if any(unit.count(kind) for kind in _KINDS) or unit.audit_trail():
            msg = "THE ARCHIVE MUST BE EMPTY; IMPORT INTO A NEW ARCHIVE"
            raise ArchiveNotEmpty(msg)
        for record in records:
            unit.add(record, actor=actor, at=at)


def x__write__mutmut_22(archive: Repository, records: Iterator[Any], *, actor: str, at: datetime) -> None:
    load = getattr(archive, "load", None)
    if callable(load):
        load(records, actor=actor, at=at)
        return
    with archive.unit_of_work() as unit:
        if any(unit.count(kind) for kind in _KINDS) or unit.audit_trail():
            msg = "the archive must be empty; import into a new archive"
            raise ArchiveNotEmpty(None)
        for record in records:
            unit.add(record, actor=actor, at=at)


def x__write__mutmut_23(archive: Repository, records: Iterator[Any], *, actor: str, at: datetime) -> None:
    load = getattr(archive, "load", None)
    if callable(load):
        load(records, actor=actor, at=at)
        return
    with archive.unit_of_work() as unit:
        if any(unit.count(kind) for kind in _KINDS) or unit.audit_trail():
            msg = "the archive must be empty; import into a new archive"
            raise ArchiveNotEmpty(msg)
        for record in records:
            unit.add(None, actor=actor, at=at)


def x__write__mutmut_24(archive: Repository, records: Iterator[Any], *, actor: str, at: datetime) -> None:
    load = getattr(archive, "load", None)
    if callable(load):
        load(records, actor=actor, at=at)
        return
    with archive.unit_of_work() as unit:
        if any(unit.count(kind) for kind in _KINDS) or unit.audit_trail():
            msg = "the archive must be empty; import into a new archive"
            raise ArchiveNotEmpty(msg)
        for record in records:
            unit.add(record, actor=None, at=at)


def x__write__mutmut_25(archive: Repository, records: Iterator[Any], *, actor: str, at: datetime) -> None:
    load = getattr(archive, "load", None)
    if callable(load):
        load(records, actor=actor, at=at)
        return
    with archive.unit_of_work() as unit:
        if any(unit.count(kind) for kind in _KINDS) or unit.audit_trail():
            msg = "the archive must be empty; import into a new archive"
            raise ArchiveNotEmpty(msg)
        for record in records:
            unit.add(record, actor=actor, at=None)


def x__write__mutmut_26(archive: Repository, records: Iterator[Any], *, actor: str, at: datetime) -> None:
    load = getattr(archive, "load", None)
    if callable(load):
        load(records, actor=actor, at=at)
        return
    with archive.unit_of_work() as unit:
        if any(unit.count(kind) for kind in _KINDS) or unit.audit_trail():
            msg = "the archive must be empty; import into a new archive"
            raise ArchiveNotEmpty(msg)
        for record in records:
            unit.add(actor=actor, at=at)


def x__write__mutmut_27(archive: Repository, records: Iterator[Any], *, actor: str, at: datetime) -> None:
    load = getattr(archive, "load", None)
    if callable(load):
        load(records, actor=actor, at=at)
        return
    with archive.unit_of_work() as unit:
        if any(unit.count(kind) for kind in _KINDS) or unit.audit_trail():
            msg = "the archive must be empty; import into a new archive"
            raise ArchiveNotEmpty(msg)
        for record in records:
            unit.add(record, at=at)


def x__write__mutmut_28(archive: Repository, records: Iterator[Any], *, actor: str, at: datetime) -> None:
    load = getattr(archive, "load", None)
    if callable(load):
        load(records, actor=actor, at=at)
        return
    with archive.unit_of_work() as unit:
        if any(unit.count(kind) for kind in _KINDS) or unit.audit_trail():
            msg = "the archive must be empty; import into a new archive"
            raise ArchiveNotEmpty(msg)
        for record in records:
            unit.add(record, actor=actor, )

mutants_x__write__mutmut['_mutmut_orig'] = x__write__mutmut_orig # type: ignore # mutmut generated
mutants_x__write__mutmut['x__write__mutmut_1'] = x__write__mutmut_1 # type: ignore # mutmut generated
mutants_x__write__mutmut['x__write__mutmut_2'] = x__write__mutmut_2 # type: ignore # mutmut generated
mutants_x__write__mutmut['x__write__mutmut_3'] = x__write__mutmut_3 # type: ignore # mutmut generated
mutants_x__write__mutmut['x__write__mutmut_4'] = x__write__mutmut_4 # type: ignore # mutmut generated
mutants_x__write__mutmut['x__write__mutmut_5'] = x__write__mutmut_5 # type: ignore # mutmut generated
mutants_x__write__mutmut['x__write__mutmut_6'] = x__write__mutmut_6 # type: ignore # mutmut generated
mutants_x__write__mutmut['x__write__mutmut_7'] = x__write__mutmut_7 # type: ignore # mutmut generated
mutants_x__write__mutmut['x__write__mutmut_8'] = x__write__mutmut_8 # type: ignore # mutmut generated
mutants_x__write__mutmut['x__write__mutmut_9'] = x__write__mutmut_9 # type: ignore # mutmut generated
mutants_x__write__mutmut['x__write__mutmut_10'] = x__write__mutmut_10 # type: ignore # mutmut generated
mutants_x__write__mutmut['x__write__mutmut_11'] = x__write__mutmut_11 # type: ignore # mutmut generated
mutants_x__write__mutmut['x__write__mutmut_12'] = x__write__mutmut_12 # type: ignore # mutmut generated
mutants_x__write__mutmut['x__write__mutmut_13'] = x__write__mutmut_13 # type: ignore # mutmut generated
mutants_x__write__mutmut['x__write__mutmut_14'] = x__write__mutmut_14 # type: ignore # mutmut generated
mutants_x__write__mutmut['x__write__mutmut_15'] = x__write__mutmut_15 # type: ignore # mutmut generated
mutants_x__write__mutmut['x__write__mutmut_16'] = x__write__mutmut_16 # type: ignore # mutmut generated
mutants_x__write__mutmut['x__write__mutmut_17'] = x__write__mutmut_17 # type: ignore # mutmut generated
mutants_x__write__mutmut['x__write__mutmut_18'] = x__write__mutmut_18 # type: ignore # mutmut generated
mutants_x__write__mutmut['x__write__mutmut_19'] = x__write__mutmut_19 # type: ignore # mutmut generated
mutants_x__write__mutmut['x__write__mutmut_20'] = x__write__mutmut_20 # type: ignore # mutmut generated
mutants_x__write__mutmut['x__write__mutmut_21'] = x__write__mutmut_21 # type: ignore # mutmut generated
mutants_x__write__mutmut['x__write__mutmut_22'] = x__write__mutmut_22 # type: ignore # mutmut generated
mutants_x__write__mutmut['x__write__mutmut_23'] = x__write__mutmut_23 # type: ignore # mutmut generated
mutants_x__write__mutmut['x__write__mutmut_24'] = x__write__mutmut_24 # type: ignore # mutmut generated
mutants_x__write__mutmut['x__write__mutmut_25'] = x__write__mutmut_25 # type: ignore # mutmut generated
mutants_x__write__mutmut['x__write__mutmut_26'] = x__write__mutmut_26 # type: ignore # mutmut generated
mutants_x__write__mutmut['x__write__mutmut_27'] = x__write__mutmut_27 # type: ignore # mutmut generated
mutants_x__write__mutmut['x__write__mutmut_28'] = x__write__mutmut_28 # type: ignore # mutmut generated
