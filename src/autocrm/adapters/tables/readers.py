"""Reading the tables of a DMS export in batches: CSV, Excel ``.xlsx`` and Parquet.

CSV and Parquet are read with pyarrow (CSV as text, every column a string, so that
leading zeros of ids and phone numbers survive), Excel with openpyxl in read-only
mode; all three are streamed, a batch of rows at a time. A CSV file's encoding is
the mapping's, or detected: UTF-8 (with or without a byte-order mark) if its start
decodes as UTF-8, else GB18030 (a superset of GBK and GB2312).

A row is numbered as a spreadsheet shows it: the header is row 1, the first record
row 2 (for CSV this is the line number while no cell spans several lines).

Examples:
    >>> import os, tempfile
    >>> with tempfile.TemporaryDirectory() as d:
    ...     path = os.path.join(d, "客户.csv")
    ...     _ = open(path, "w", encoding="gbk").write("客户编号,姓名\\nKH001,王建国\\n")
    ...     source = open_table(path)
    ...     source.columns, source.encoding, [list(b) for b in source.batches(["姓名"])]
    (('客户编号', '姓名'), 'gb18030', [[(2, {'姓名': '王建国'})]])
"""

from __future__ import annotations

import codecs
import csv
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import attrs

from autocrm.adapters.tables.mapping import MappingError, _checked_path
from autocrm.errors import shown
from autocrm.extras import require_extra

__all__ = ["BATCH_ROWS", "TableSource", "detect_encoding", "open_table"]

#: Rows per batch handed to the importer.
BATCH_ROWS = 10_000
_SNIFF_BYTES = 1 << 16
_CSV_SUFFIXES = (".csv", ".txt", ".tsv")

Row = tuple[int, dict[str, Any]]
ColumnBatch = tuple[Sequence[int], dict[str, list[Any]]]


def detect_encoding(path: str | Path) -> str:
    """Return ``utf-8`` if the file's start decodes as UTF-8, else ``gb18030``.

    Raises:
        MappingError: ``path`` is no file path.
        OSError: the file cannot be read.

    Examples:
        >>> import os, tempfile
        >>> with tempfile.TemporaryDirectory() as d:
        ...     p = os.path.join(d, "a.csv")
        ...     _ = open(p, "wb").write("车牌,京A12345\\n".encode("gbk"))
        ...     detect_encoding(p)
        'gb18030'
    """
    with open(_checked_path(path), "rb") as handle:
        head = handle.read(_SNIFF_BYTES)
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8"
    decoder = codecs.getincrementaldecoder("utf-8")()
    try:
        # final=False: a character cut at the end of the sample is not an error.
        decoder.decode(head, final=False)
    except UnicodeDecodeError:
        return "gb18030"
    return "utf-8"


@attrs.frozen
class TableSource:
    """One file of the export, opened: its format, header and a way to read it in batches.

    Attributes:
        path: The file.
        format: ``csv``, ``xlsx`` or ``parquet``.
        columns: The header, in file order.
        encoding: The CSV encoding used (None for the other formats).
        sheet: The worksheet read (Excel only).
        delimiter: The CSV field separator (a tab for ``.tsv`` files).

    Examples:
        >>> TableSource(Path("km.parquet"), "parquet", ("vin", "km")).columns
        ('vin', 'km')
    """

    path: Path
    format: str
    columns: tuple[str, ...]
    encoding: str | None = None
    sheet: str | None = None
    delimiter: str = ","

    def batches(self, columns: Sequence[str], size: int = BATCH_ROWS) -> Iterator[list[Row]]:
        """Yield lists of ``(row number, {column: cell})`` holding only ``columns``.

        Blank cells are None; text is stripped. Excel rows with no value at all
        are passed over.
        """
        if self.format == "csv":
            return _csv_batches(self, columns, size)
        if self.format == "xlsx":
            return _xlsx_batches(self, columns, size)
        return _parquet_batches(self, columns, size)

    def column_batches(
        self, columns: Sequence[str], size: int = BATCH_ROWS
    ) -> Iterator[ColumnBatch]:
        """Yield the rows as ``batches`` does, a batch at a time, but column by column.

        Each batch is ``(row numbers, {column: cells})``, the cells of a column in row
        order; CSV and Parquet columns come out of Arrow whole, without a dict per row.

        Examples:
            >>> import os, tempfile
            >>> with tempfile.TemporaryDirectory() as d:
            ...     path = os.path.join(d, "c.csv")
            ...     _ = open(path, "w", encoding="utf-8").write("id,name\\nKH1, 王 \\nKH2,\\n")
            ...     [(list(n), c) for n, c in open_table(path).column_batches(["name"])]
            [([2, 3], {'name': ['王', None]})]
        """
        if self.format == "xlsx":
            return _transposed(_xlsx_batches(self, columns, size), columns)
        return _arrow_column_batches(self, columns, size)


def open_table(
    path: str | Path, *, encoding: str | None = None, sheet: str | None = None
) -> TableSource:
    """Open a CSV, ``.xlsx`` or Parquet file and read its header.

    Raises:
        MappingError: ``path`` is no file path, an unknown file type, an empty file, a
            sheet the workbook does not have, an ``encoding`` Python does not know, or a
            CSV that does not decode with ``encoding``.
        OSError: the file cannot be read.

    Examples:
        >>> open_table("notes.docx")
        Traceback (most recent call last):
        ...
        autocrm.adapters.tables.mapping.MappingError: notes.docx: ...
    """
    require_extra("tables", "pyarrow", "openpyxl")
    file = _checked_path(path)
    if encoding is not None:
        _check_encoding(encoding)
    suffix = file.suffix.lower()
    if suffix in _CSV_SUFFIXES:
        return _open_csv(file, encoding)
    if suffix == ".xlsx":
        return _open_xlsx(file, sheet)
    if suffix in (".parquet", ".pq"):
        import pyarrow.parquet as pq

        names = tuple(pq.ParquetFile(file).schema_arrow.names)
        return TableSource(file, "parquet", names)
    msg = f"{file.name}: a table is read from .csv, .txt, .tsv, .xlsx or .parquet files"
    raise MappingError(msg, field="paths", value=str(file))


def _check_encoding(encoding: object) -> None:
    """Refuse an ``encoding`` that names no codec Python knows, naming ``encoding``."""
    try:
        known = isinstance(encoding, str) and codecs.lookup(encoding) is not None
    except (LookupError, ValueError):
        known = False
    if not known:
        msg = f"encoding: {shown(encoding)} is not a text encoding (e.g. utf-8, gb18030)"
        raise MappingError(msg, field="encoding", value=encoding)


def _open_csv(file: Path, encoding: str | None) -> TableSource:
    used = encoding or detect_encoding(file)
    delimiter = "\t" if file.suffix.lower() == ".tsv" else ","
    try:
        with open(file, encoding=_python_codec(used), newline="") as handle:
            header = next(csv.reader(handle, delimiter=delimiter), None)
    except UnicodeDecodeError as exc:
        msg = f"{file.name}: the header does not decode as {used}: {exc.reason}"
        raise MappingError(msg, field="encoding", value=used) from None
    if not header:
        msg = f"{file.name}: the file is empty; expected a header row"
        raise MappingError(msg, field="paths", value=str(file))
    return TableSource(
        file, "csv", tuple(h.strip() for h in header), encoding=used, delimiter=delimiter
    )


def _python_codec(encoding: str) -> str:
    # Python's utf-8-sig drops a byte-order mark; pyarrow drops it itself.
    return "utf-8-sig" if codecs.lookup(encoding).name == "utf-8" else encoding


def _arrow_csv_reader(source: TableSource, columns: Sequence[str]) -> Any:
    """A streaming Arrow reader of a CSV file's ``columns``, every cell read as text
    (empty: None), in the source's encoding and delimiter."""
    import pyarrow as pa
    import pyarrow.csv as pacsv

    encoding = source.encoding or "utf-8"
    read = pacsv.ReadOptions(
        column_names=list(source.columns),
        skip_rows=1,
        encoding="utf8" if codecs.lookup(encoding).name == "utf-8" else encoding,
        block_size=1 << 22,
    )
    convert = pacsv.ConvertOptions(
        column_types={name: pa.string() for name in source.columns},
        include_columns=list(columns),
        null_values=[""],
        strings_can_be_null=True,
        quoted_strings_can_be_null=True,
    )
    parse = pacsv.ParseOptions(delimiter=source.delimiter)
    return pacsv.open_csv(
        source.path, read_options=read, convert_options=convert, parse_options=parse
    )


def _csv_batches(source: TableSource, columns: Sequence[str], size: int) -> Iterator[list[Row]]:
    import pyarrow as pa

    number = 2
    pending: list[Row] = []
    try:
        reader = _arrow_csv_reader(source, columns)
        for batch in reader:
            records = _cleaned(batch).to_pylist()
            pending.extend(zip(range(number, number + len(records)), records, strict=True))
            number += len(records)
            while len(pending) >= size:
                yield pending[:size]
                del pending[:size]
    except (pa.ArrowInvalid, UnicodeDecodeError) as exc:
        msg = f"{source.path.name}: cannot read near row {number}: {exc}"
        raise MappingError(msg, field="paths", value=str(source.path)) from None
    if pending:
        yield pending


def _arrow_batches(source: TableSource, columns: Sequence[str], size: int) -> Iterator[Any]:
    """The cleaned Arrow record batches of a CSV or Parquet file, at most ``size`` rows each."""
    import pyarrow as pa

    if source.format == "parquet":
        import pyarrow.parquet as pq

        yield from map(
            _cleaned, pq.ParquetFile(source.path).iter_batches(batch_size=size, columns=columns)
        )
        return
    number = 2
    try:
        reader = _arrow_csv_reader(source, columns)
        for batch in reader:
            for start in range(0, batch.num_rows, size):
                part = batch.slice(start, size)
                yield _cleaned(part)
                number += part.num_rows
    except (pa.ArrowInvalid, UnicodeDecodeError) as exc:
        msg = f"{source.path.name}: cannot read near row {number}: {exc}"
        raise MappingError(msg, field="paths", value=str(source.path)) from None


def _arrow_column_batches(
    source: TableSource, columns: Sequence[str], size: int
) -> Iterator[ColumnBatch]:
    number = 2
    for batch in _arrow_batches(source, list(columns), size):
        count = batch.num_rows
        if not count:
            continue
        cells = {name: batch.column(name).to_pylist() for name in columns}
        yield range(number, number + count), cells
        number += count


def _transposed(batches: Iterator[list[Row]], columns: Sequence[str]) -> Iterator[ColumnBatch]:
    for batch in batches:
        yield (
            [number for number, _ in batch],
            {name: [row[name] for _, row in batch] for name in columns},
        )


def _cleaned(batch: Any) -> Any:
    """An Arrow batch with its text trimmed and blank text made null, column by column.

    What ``_clean`` does to one row, done by Arrow on whole columns (a Python loop
    over every cell was a tenth of an import's time).
    """
    import pyarrow as pa
    import pyarrow.compute as pc

    columns = []
    for column in batch.columns:
        if pa.types.is_string(column.type) or pa.types.is_large_string(column.type):
            trimmed = pc.utf8_trim_whitespace(column)
            column = pc.if_else(pc.equal(trimmed, ""), pa.scalar(None, trimmed.type), trimmed)
        columns.append(column)
    return pa.RecordBatch.from_arrays(columns, names=batch.schema.names)


def _clean(record: dict[str, Any]) -> dict[str, Any]:
    for key, value in record.items():
        if isinstance(value, str):
            value = value.strip()
            record[key] = value or None
    return record


def _open_xlsx(file: Path, sheet: str | None) -> TableSource:
    import openpyxl

    book = openpyxl.load_workbook(file, read_only=True, data_only=True)
    try:
        if sheet is not None and sheet not in book.sheetnames:
            sheets = ", ".join(book.sheetnames)
            msg = f"{file.name}: no sheet {shown(sheet)}; the workbook has {sheets}"
            raise MappingError(msg, field="sheet", value=sheet)
        worksheet = book[sheet] if sheet is not None else book.worksheets[0]
        header = next(worksheet.iter_rows(max_row=1, values_only=True), None)
        if not header:
            msg = f"{file.name}: the sheet {shown(worksheet.title)} is empty; expected a header row"
            raise MappingError(msg, field="paths", value=str(file))
        names = tuple("" if h is None else str(h).strip() for h in header)
        return TableSource(file, "xlsx", names, sheet=worksheet.title)
    finally:
        book.close()


def _xlsx_batches(source: TableSource, columns: Sequence[str], size: int) -> Iterator[list[Row]]:
    import openpyxl

    positions = [(name, source.columns.index(name)) for name in columns]
    book = openpyxl.load_workbook(source.path, read_only=True, data_only=True)
    try:
        worksheet = book[source.sheet] if source.sheet else book.worksheets[0]
        pending: list[Row] = []
        for number, cells in enumerate(worksheet.iter_rows(min_row=2, values_only=True), 2):
            if all(cell is None or cell == "" for cell in cells):
                continue
            width = len(cells)
            record = {name: cells[i] if i < width else None for name, i in positions}
            pending.append((number, _clean(record)))
            if len(pending) >= size:
                yield pending
                pending = []
        if pending:
            yield pending
    finally:
        book.close()


def _parquet_batches(source: TableSource, columns: Sequence[str], size: int) -> Iterator[list[Row]]:
    import pyarrow.parquet as pq

    number = 2
    parquet = pq.ParquetFile(source.path)
    for batch in parquet.iter_batches(batch_size=size, columns=list(columns)):
        records = _cleaned(batch).to_pylist()
        yield list(zip(range(number, number + len(records)), records, strict=True))
        number += len(records)
