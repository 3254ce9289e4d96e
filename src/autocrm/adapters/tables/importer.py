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

import contextlib
import sqlite3
from collections.abc import Callable, Generator, Iterable, Iterator, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any, Literal

from autocrm.adapters.tables.columns import ColumnReader, column_reader
from autocrm.adapters.tables.fit_rows import unfit_rows
from autocrm.adapters.tables.mapping import FIELDS, ImportMapping, TableMapping
from autocrm.adapters.tables.planning import _plan, _Planned, plan_import
from autocrm.adapters.tables.readers import BATCH_ROWS, TableSource
from autocrm.adapters.tables.records import _BUILDERS, _Builder, _payer_lines, _Refused, _Run
from autocrm.adapters.tables.results import ImportResult, RefusedRow
from autocrm.adapters.tables.trusted import row_builder
from autocrm.domain import (
    Appointment,
    Complaint,
    Customer,
    FleetAccount,
    FollowUp,
    OdometerReading,
    Vehicle,
    WorkOrder,
    WorkOrderLine,
)
from autocrm.domain.checks import expect_callable
from autocrm.domain.identifiers import vin as vin_id
from autocrm.domain.time import require_aware
from autocrm.errors import (
    ArchiveNotEmpty,
    InvalidFormat,
    StoreError,
    UnsupportedType,
    ValidationError,
    shown,
)
from autocrm.ports import Repository

__all__ = ["ImportResult", "RefusedRow", "import_tables", "plan_import"]

OnError = Literal["stop", "skip"]
Progress = Callable[[int], None]


#: The tables whose rows name a vehicle by VIN (a vehicle's own VIN is read by Vehicle).
_COMPACTED_VINS = frozenset({"readings", "work_orders", "complaints", "followups", "appointments"})


def _compacted(vins: list[Any]) -> list[Any]:
    """The VINs of a column without separators and in upper case, each text once."""
    done: dict[str, str] = {}
    compacted = []
    for vin in vins:
        if type(vin) is str:
            found = done.get(vin)
            if found is None:
                found = done[vin] = vin_id.compact(vin)
            vin = found
        compacted.append(vin)
    return compacted


def _row(cells: dict[str, list[Any]], position: int) -> dict[str, Any]:
    """One row of a batch read column by column: its cells by column."""
    return {column: values[position] for column, values in cells.items()}


class _NothingWritten(Exception):
    """Raised at the end of the records when ``stop`` must roll the import back."""


class _Importer:
    """Reads the planned files in order and yields the records of the valid rows."""

    def __init__(
        self,
        plan: Sequence[_Planned],
        on_error: OnError,
        progress: Progress | None,
        archive: Repository | None = None,
    ) -> None:
        self.plan = plan
        self.stop = on_error == "stop"
        self.progress = progress
        self.run = _Run(archive)
        self.refused: list[RefusedRow] = []
        self.counts: dict[str, int] = {p.table.name: 0 for p in plan}
        self.rows = 0
        self._line_builders: dict[tuple[str, ...], Callable[[Sequence[Any]], Any]] = {}
        lines = next((p.table for p in plan if p.table.name == "work_order_lines"), None)
        self.line_column = None if lines is None else lines.columns["work_order_number"]

    def records(self) -> Generator[Any, None, None]:
        try:
            yield from self._records()
        except sqlite3.Error as error:  # the temporary file of keys or waiting lines
            msg = f"the import's temporary file failed: {error}"
            raise StoreError(msg) from error
        finally:  # the temporary files go, however the import ends
            self.run.close()

    def _records(self) -> Iterator[Any]:
        for planned in self.plan:
            table, source = planned.table, planned.source
            builder = _BUILDERS[table.name]
            kinds = FIELDS[table.name]
            # Each field's column reader chosen once per table, not once per cell.
            readers = tuple(
                (field, column, column_reader(table, field, kinds[field]))
                for field, column in table.columns.items()
            )
            for numbers, cells in source.column_batches(table.source_columns, BATCH_ROWS):
                yield from self._batch(table, source, readers, builder, numbers, cells)
                self.rows += len(numbers)
                if self.progress is not None:
                    self.progress(len(numbers))
        self._orphan_lines()
        if self.stop and self.refused:
            raise _NothingWritten

    def _batch(
        self,
        table: TableMapping,
        source: TableSource,
        readers: Sequence[tuple[str, str, ColumnReader]],
        builder: _Builder,
        numbers: Sequence[int],
        cells: dict[str, list[Any]],
    ) -> Iterator[Any]:
        """The records of one batch: each column read whole, then a record a row."""
        fields = tuple(field for field, _, _ in readers)
        columns = []
        # Per row, the first field that cannot be read, in the mapping's field order.
        unread: dict[int, tuple[str, str]] = {}
        for field, column, read in readers:
            read_values, refused = read(cells[column])
            columns.append(read_values)
            for position, error in refused.items():
                unread.setdefault(position, (field, str(error)))
        lines = table.name == "work_order_lines"
        if "vin" in fields and table.name in _COMPACTED_VINS:
            index = fields.index("vin")
            columns[index] = _compacted(columns[index])
        if table.name == "work_orders" and "number" in fields:
            self.run.lines.fetch(filter(None, columns[fields.index("number")]))
        payers = bool(table.payer_amounts)
        by_field = dict(zip(fields, columns, strict=True))
        self.run.prefetch(table.name, by_field)
        # Rows whose every value the domain's column checks pass: built without the
        # constructor's checks (the cross-field rules still run); the others through it.
        unfit = unfit_rows(table.name, by_field, len(numbers))
        rows = zip(*columns, strict=True) if columns else [()] * len(numbers)
        fast_lines = lines and not payers and "work_order_number" in fields
        if fast_lines:
            build_line = self._line_builder(fields)
            order_at = fields.index("work_order_number")
            wait = self.run.lines.add
            file = source.path.name
        for position, row_values in enumerate(rows):
            number = numbers[position]
            failed = unread.get(position)
            if fast_lines and failed is None and position not in unfit:
                # A line whose every value passed the column checks: built and set
                # waiting for its work order without a dict or the constructor's checks.
                order = row_values[order_at]
                if order is not None:
                    wait(order, build_line(row_values), file, number)
                    self.counts["work_order_lines"] += 1
                    continue
            if failed is not None:
                self._refuse(table, source, number, *failed, _row(cells, position))
                continue
            values = {f: v for f, v in zip(fields, row_values, strict=True) if v is not None}
            record = self._record(
                table, source, builder, number, values, cells, position, payers,
                position not in unfit,
            )  # fmt: skip
            if record is not None and not lines and not (self.stop and self.refused):
                yield record

    def _line_builder(self, fields: tuple[str, ...]) -> Callable[[Sequence[Any]], Any]:
        found = self._line_builders.get(fields)
        if found is None:
            found = self._line_builders[fields] = row_builder(
                WorkOrderLine, fields, skip=("work_order_number",)
            )
        return found

    def _record(
        self,
        table: TableMapping,
        source: TableSource,
        builder: _Builder,
        number: int,
        values: dict[str, Any],
        cells: dict[str, list[Any]],
        position: int,
        payers: bool,
        trusted: bool,
    ) -> Any:
        try:
            if payers:
                values["_payer_lines"] = _payer_lines(table, _row(cells, position))
            record = builder(self.run, table, values, trusted)
        except _Refused as refusal:
            row = _row(cells, position)
            self._refuse(table, source, number, refusal.field, refusal.problem, row)
            return None
        except ValidationError as exc:
            self._refuse(table, source, number, exc.field or "?", str(exc), _row(cells, position))
            return None
        self.counts[table.name] += 1
        if table.name == "work_order_lines":
            self.run.lines.add(values["work_order_number"], record, source.path.name, number)
        return record

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

    def _orphan_lines(self) -> None:
        for order, file, number in self.run.lines.leftovers():
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
        self.run.lines.close()


def import_tables(
    paths: Iterable[str | Path],
    mapping: ImportMapping,
    archive: Repository,
    *,
    at: datetime,
    actor: str = "import-tables",
    on_error: OnError = "stop",
    progress: Progress | None = None,
    append: bool = False,
) -> ImportResult:
    """Import the tables of a DMS export into an archive (empty, unless appending).

    The rows are read and validated in batches, column by column, and the records
    written as they come, a chunk at a time, in one transaction: memory holds a
    batch, a chunk, the keys read so far (to check what refers to what) and up to
    250,000 work-order lines waiting for their work order (more wait in a temporary
    file, removed when the import ends), not the whole export.

    Args:
        paths: The exported files; each must match the ``files`` of one table.
        mapping: Which column and value feeds which field.
        archive: The archive (``MemoryArchive`` or ``SqlArchive``). A
            ``SqlArchive`` is written in bulk (its ``load``); another archive
            through ``add`` inside one unit of work.
        at: The time written in each record's creation audit entry (aware).
        actor: Who the audit entries name.
        on_error: ``"stop"`` writes nothing when any row is refused; ``"skip"``
            writes the valid rows.
        progress: Called with the number of rows of each batch read.
        append: Add to an archive that holds records already: a row may then refer
            to a customer, vehicle, work order or complaint the archive holds, and
            a key the archive holds is refused (``AlreadyExists``, nothing written).
            False (the default) refuses a non-empty archive.

    Returns:
        What was read, refused and written.

    Raises:
        MappingError: a file matches no table or lacks a mapped column.
        autocrm.errors.ArchiveNotEmpty: the archive holds records or audit entries
            and ``append`` is False.
        autocrm.ports.AlreadyExists: appending, a record's key is in the archive.
        autocrm.errors.InvalidFormat: ``on_error``, ``actor``, ``at`` or ``append``
            is wrong, or ``paths`` is no collection.
        autocrm.errors.UnsupportedType: ``mapping`` is no ImportMapping, ``archive`` no
            archive or ``progress`` not callable.
        autocrm.errors.StoreError: the archive's database failed, or the import's own
            temporary file (keys and waiting lines past their limits) did.

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
    if not callable(getattr(archive, "load", None)) and not callable(
        getattr(archive, "unit_of_work", None)
    ):
        msg = f"archive: expected an archive (MemoryArchive, SqlArchive), got {shown(archive)}"
        raise UnsupportedType(msg, field="archive", value=archive)
    if progress is not None:
        expect_callable(progress, field="progress")
    if not isinstance(append, bool):
        msg = f"append: expected True or False, got {shown(append)}"  # type: ignore[unreachable]
        raise InvalidFormat(msg, field="append", value=append)
    importer = _Importer(_plan(paths, mapping), on_error, progress, archive if append else None)
    try:
        # Closed on the way out: when the store fails mid-import, the temporary files go
        # now, not when a traceback holding the generator is collected.
        with contextlib.closing(importer.records()) as records:
            _write(archive, records, actor=actor, at=at, append=append)
    except _NothingWritten:
        written = False
    else:
        written = True
    return ImportResult(
        counts=importer.counts, rows=importer.rows, refused=tuple(importer.refused), written=written
    )


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


def _write(
    archive: Repository, records: Iterator[Any], *, actor: str, at: datetime, append: bool
) -> None:
    load = getattr(archive, "load", None)
    if callable(load):
        load(records, actor=actor, at=at, append=append)
        return
    with archive.unit_of_work() as unit:
        if not append and (any(unit.count(kind) for kind in _KINDS) or unit.audit_trail()):
            msg = "the archive must be empty; import into a new archive"
            raise ArchiveNotEmpty(msg)
        for record in records:
            unit.add(record, actor=actor, at=at)
