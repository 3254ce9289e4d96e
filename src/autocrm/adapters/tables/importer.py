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
from typing import Any, Literal, cast

import attrs

from autocrm.adapters.tables.cells import _cell_reader, read_cell
from autocrm.adapters.tables.mapping import (
    FIELDS,
    TABLE_ORDER,
    ImportMapping,
    MappingError,
    TableMapping,
    _checked_path,
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
from autocrm.domain.checks import check_collection, expect, expect_callable
from autocrm.domain.identifiers import vin as vin_id
from autocrm.domain.time import require_aware
from autocrm.errors import (
    ArchiveNotEmpty,
    InvalidFormat,
    NotFound,
    UnsupportedType,
    ValidationError,
    shown,
)
from autocrm.ports import Repository

__all__ = ["ImportResult", "RefusedRow", "import_tables", "plan_import"]

OnError = Literal["stop", "skip"]
Progress = Callable[[int], None]


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


class _Refused(Exception):
    """A row is refused: which field and why (internal to one row's handling)."""

    def __init__(self, field: str, problem: str) -> None:
        super().__init__(problem)
        self.field = field
        self.problem = problem


class _NothingWritten(Exception):
    """Raised at the end of the records when ``stop`` must roll the import back."""


def _compact_vin(values: dict[str, Any], field: str = "vin") -> None:
    value = values.get(field)
    if isinstance(value, str):
        values[field] = vin_id.compact(value)


class _Run:
    """The state of one import: the keys read so far, lines waiting for their orders."""

    def __init__(self, archive: Repository | None = None) -> None:
        # Appending: a key not among the imported rows may be one the archive holds.
        self.archive = archive
        self.customers: set[str] = set()
        self.vehicles: dict[str, str] = {}
        self.work_orders: set[str] = set()
        self.complaints: set[str] = set()
        self.followups: set[str] = set()
        self.appointments: set[str] = set()
        self.lines: dict[str, list[WorkOrderLine]] = {}
        self.line_rows: dict[str, list[tuple[str, int]]] = {}
        self.bad_lines: dict[str, tuple[str, int]] = {}
        # Vehicles found in the archive (appending): known, but not imported twice.
        self.stored_vins: set[str] = set()

    def customer(self, values: dict[str, Any], *, required: bool = True) -> None:
        """Check the row's customer, taking it from its vehicle when the row has none."""
        number = values.get("customer_number")
        if number is None and values.get("vin") in self.vehicles:
            values["customer_number"] = number = self.vehicles[values["vin"]]
        if number is None:
            if required:
                raise _Refused("customer_number", "no customer number, and no known vehicle")
            return
        if not self.has_customer(number):
            raise _Refused(
                "customer_number", f"customer {shown(number)} {self.missing('customers')}"
            )

    def vehicle(self, values: dict[str, Any], *, required: bool) -> None:
        vin = values.get("vin")
        if vin is None:
            if required:
                raise _Refused("vin", "no VIN")
            return
        if vin not in self.vehicles and not self.stored_vehicle(vin):
            raise _Refused("vin", f"vehicle {shown(vin)} {self.missing('vehicles')}")

    def missing(self, table: str) -> str:
        if self.archive is None:
            return f"is not among the imported {table}"
        return f"is neither among the imported {table} nor in the archive"

    def has_customer(self, number: str) -> bool:
        if number in self.customers:
            return True
        return self.archive is not None and self._stored(Customer, number, self.customers)

    def has_work_order(self, number: str) -> bool:
        if number in self.work_orders:
            return True
        return self.archive is not None and self._stored(WorkOrder, number, set())

    def has_complaint(self, number: str) -> bool:
        if number in self.complaints:
            return True
        return self.archive is not None and self._stored(Complaint, number, set())

    def stored_vehicle(self, vin: str) -> bool:
        """Whether the archive holds the vehicle; if so remember its owner, as for a row."""
        if self.archive is None:
            return False
        try:
            vehicle = self.archive.get(Vehicle, vin)
        except NotFound:
            return False
        self.vehicles[vin] = vehicle.customer_number
        self.stored_vins.add(vin)
        return True

    def _stored(self, kind: type[Any], key: str, cache: set[str]) -> bool:
        assert self.archive is not None
        try:
            self.archive.get(kind, key)
        except NotFound:
            return False
        cache.add(key)
        return True

    def unique(self, keys: set[str], field: str, key: str) -> None:
        if key in keys:
            raise _Refused(field, f"{shown(key)} appears twice in the import")
        keys.add(key)


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


def _build_vehicle(run: _Run, table: TableMapping, values: dict[str, Any]) -> Vehicle:
    vehicle = Vehicle(version=1, **values)
    if not run.has_customer(vehicle.customer_number):
        problem = f"customer {shown(vehicle.customer_number)} {run.missing('customers')}"
        raise _Refused("customer_number", problem)
    if vehicle.vin in run.vehicles and vehicle.vin not in run.stored_vins:
        raise _Refused("vin", f"{shown(vehicle.vin)} appears twice in the import")
    run.vehicles[vehicle.vin] = vehicle.customer_number
    return vehicle


def _build_reading(run: _Run, table: TableMapping, values: dict[str, Any]) -> OdometerReading:
    _compact_vin(values)
    run.vehicle(values, required=True)
    return OdometerReading(**values)


def _build_line(run: _Run, table: TableMapping, values: dict[str, Any]) -> WorkOrderLine:
    number = values["work_order_number"]
    line = WorkOrderLine(**{k: v for k, v in values.items() if k != "work_order_number"})
    run.lines.setdefault(number, []).append(line)
    return line


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


def _check_optional_refs(run: _Run, values: dict[str, Any]) -> None:
    _compact_vin(values)
    run.vehicle(values, required=False)
    run.customer(values)
    number = values.get("work_order_number")
    if number is not None and not run.has_work_order(number):
        problem = f"work order {shown(number)} {run.missing('work orders')}"
        raise _Refused("work_order_number", problem)


def _build_complaint(run: _Run, table: TableMapping, values: dict[str, Any]) -> Complaint:
    _check_optional_refs(run, values)
    complaint = Complaint(version=1, **values)
    run.unique(run.complaints, "number", complaint.number)
    return complaint


_ATTEMPT_FIELDS = ("called_at", "outcome", "called_by", "rating", "opinion")


def _build_followup(run: _Run, table: TableMapping, values: dict[str, Any]) -> FollowUp:
    _check_optional_refs(run, values)
    complaint = values.get("complaint_number")
    if complaint is not None and not run.has_complaint(complaint):
        problem = f"complaint {shown(complaint)} {run.missing('complaints')}"
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


def _build_appointment(run: _Run, table: TableMapping, values: dict[str, Any]) -> Appointment:
    _check_optional_refs(run, values)
    appointment = Appointment(version=1, **values)
    run.unique(run.appointments, "number", appointment.number)
    return appointment


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


def _plan(paths: Iterable[str | Path], mapping: ImportMapping) -> list[_Planned]:
    expect(mapping, ImportMapping, field="mapping")
    files = [
        _checked_path(given, f"paths[{index}]")
        for index, given in enumerate(cast("Iterable[object]", check_collection(paths, "paths")))
    ]
    planned: dict[str, list[_Planned]] = {name: [] for name in TABLE_ORDER}
    for path in files:
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
        lines = next((p.table for p in plan if p.table.name == "work_order_lines"), None)
        self.line_column = None if lines is None else lines.columns["work_order_number"]

    def records(self) -> Iterator[Any]:
        for planned in self.plan:
            table, source = planned.table, planned.source
            builder = _BUILDERS[table.name]
            kinds = FIELDS[table.name]
            # Each field's reader looked up once per table, not once per cell.
            readers = tuple(
                (field, column, _cell_reader(table, field, kinds[field]))
                for field, column in table.columns.items()
            )
            columns = table.source_columns
            for batch in source.batches(columns, BATCH_ROWS):
                for number, row in batch:
                    record = self._record(table, source, readers, builder, number, row)
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

    def _record(
        self,
        table: TableMapping,
        source: TableSource,
        readers: Sequence[tuple[str, str, Callable[[Any], Any]]],
        builder: _Builder,
        number: int,
        row: dict[str, Any],
    ) -> Any:
        values: dict[str, Any] = {}
        try:
            for field, column, read in readers:
                cell = row[column]
                if cell is not None:
                    try:
                        values[field] = read(cell)
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

    The rows are read and validated in batches and the records written as they come,
    a chunk at a time, in one transaction: memory holds a batch, a chunk, the keys
    read so far (to check what refers to what) and the work-order lines waiting for
    their work order, not the whole export.

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
        _write(archive, importer.records(), actor=actor, at=at, append=append)
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
