"""JSON for every domain type, and JSON Lines backups of a whole archive.

The converter is built by [`make_converter`][autocrm.adapters.json.make_converter] (no mutable
global is shared with users: each call gives a fresh one; this module keeps a private instance
for [`dumps`][autocrm.adapters.json.dumps] and [`loads`][autocrm.adapters.json.loads]). Money is
written as a decimal string, dates and datetimes in ISO 8601, enums by their English value, sets as
sorted lists, so that the same archive always gives the same bytes.

Examples:
    >>> from autocrm.domain import Customer
    >>> text = dumps(Customer(number="C000001", name="王建国", mobile="13800138000"))
    >>> loads(text, Customer).mobile
    '+8613800138000'
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
import tempfile
from collections.abc import Callable, Iterable, Iterator, Mapping
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from pathlib import Path
from types import MappingProxyType
from typing import IO, Any, ParamSpec, Protocol, TypeGuard, TypeVar, cast, runtime_checkable

import attrs
import cattrs
from cattrs.preconf.json import make_converter as _make_json_converter

from autocrm.domain import (
    Appointment,
    AuditEntry,
    Complaint,
    Customer,
    FleetAccount,
    FollowUp,
    OdometerReading,
    Snapshot,
    Vehicle,
    WorkOrder,
)
from autocrm.domain.labels import LabelledEnum
from autocrm.errors import (
    AutocrmError,
    InvalidFormat,
    UnsupportedType,
    ValidationError,
    first_validation_error,
    shown,
)
from autocrm.ports import require_snapshot
from autocrm.rules.access import RedactedComplaint, RedactedCustomer, RedactedWorkOrder

__all__ = [
    "FORMAT",
    "MANIFEST",
    "RECORD_TYPES",
    "SnapshotStream",
    "dumps",
    "export_jsonl",
    "import_jsonl",
    "loads",
    "make_converter",
    "stream_jsonl",
]

_T = TypeVar("_T")

#: The name written in the first line of a JSON Lines backup.
FORMAT = "autocrm-archive"
#: The ``type`` of a backup's last line, the manifest.
MANIFEST = "manifest"
# Version 2 added the manifest; version-1 backups are read only on request.
_FORMAT_VERSION = 2
_READABLE_VERSIONS = (1, 2)

#: Record type names used in JSON Lines backups, with the Snapshot field each fills.
RECORD_TYPES: Mapping[str, tuple[type[Any], str]] = MappingProxyType(
    {
        "customer": (Customer, "customers"),
        "vehicle": (Vehicle, "vehicles"),
        "reading": (OdometerReading, "readings"),
        "work_order": (WorkOrder, "work_orders"),
        "followup": (FollowUp, "followups"),
        "complaint": (Complaint, "complaints"),
        "appointment": (Appointment, "appointments"),
        "fleet_account": (FleetAccount, "fleet_accounts"),
        "audit": (AuditEntry, "audit"),
    }
)
_KIND_ORDER = {name: position for position, name in enumerate(RECORD_TYPES)}


_P = ParamSpec("_P")
_R = TypeVar("_R")

# What Python's parsers raise on input of the wrong shape: a list where an object was
# expected (AttributeError, TypeError), nesting deeper than the interpreter's stack
# (RecursionError), bytes that are not UTF-8 (UnicodeDecodeError, a ValueError), a number
# too large for an int or a date (OverflowError, ValueError).
_MALFORMED = (AttributeError, TypeError, KeyError, RecursionError, OverflowError, ValueError)


def _refusing_malformed(field: str) -> Callable[[Callable[_P, _R]], Callable[_P, _R]]:
    """Decorator: a reader's errors on malformed input become an InvalidFormat naming ``field``.

    The domain's own errors (which name their field) and OSError (a file that cannot be
    opened) pass unchanged.
    """

    def decorate(read: Callable[_P, _R]) -> Callable[_P, _R]:
        @functools.wraps(read)
        def wrapper(*args: _P.args, **kwargs: _P.kwargs) -> _R:
            try:
                return read(*args, **kwargs)
            except AutocrmError:
                raise
            except _MALFORMED as exc:
                msg = f"{field}: malformed input ({type(exc).__name__}: {shown(str(exc))})"
                raise InvalidFormat(msg, field=field, value=None) from exc

        return wrapper

    return decorate


def _structure_decimal(value: object, _: type) -> Decimal:
    if isinstance(value, (bool, float)):
        msg = f"money must be written as a decimal string, got {shown(value)}"
        raise InvalidFormat(msg, field="amount", value=value)
    try:
        return Decimal(str(value))
    except InvalidOperation:
        msg = f"{shown(value)} is not a decimal amount"
        raise InvalidFormat(msg, field="amount", value=value) from None


def _structure_date(value: object, _: type) -> date:
    if isinstance(value, date) and not isinstance(value, datetime):
        return value
    if not isinstance(value, str):
        msg = f"expected an ISO date string, got {shown(value)}"
        raise InvalidFormat(msg, field="date", value=value)
    return date.fromisoformat(value)


def _structure_datetime(value: object, _: type) -> datetime:
    if isinstance(value, datetime):
        return value
    if not isinstance(value, str):
        msg = f"expected an ISO datetime string, got {shown(value)}"
        raise InvalidFormat(msg, field="datetime", value=value)
    return datetime.fromisoformat(value)


def make_converter() -> cattrs.Converter:
    """Return a new cattrs converter for the domain types.

    Examples:
        >>> from autocrm.domain import WorkOrderLine
        >>> make_converter().unstructure(WorkOrderLine("工时", "88"))
        {'description': '工时', 'amount': '88.00', 'payer': 'self', 'kind': 'labour'}
    """
    converter = _make_json_converter()
    converter.register_unstructure_hook(Decimal, str)
    converter.register_structure_hook(Decimal, _structure_decimal)
    converter.register_unstructure_hook(date, date.isoformat)
    converter.register_structure_hook(date, _structure_date)
    converter.register_unstructure_hook(datetime, datetime.isoformat)
    converter.register_structure_hook(datetime, _structure_datetime)

    def _unstructure_set(value: frozenset[Any]) -> list[Any]:
        items = [converter.unstructure(item) for item in value]
        return sorted(items, key=lambda item: json.dumps(item, sort_keys=True))

    converter.register_unstructure_hook_func(
        lambda t: getattr(t, "__origin__", t) in (frozenset, set), _unstructure_set
    )
    converter.register_unstructure_hook(MappingProxyType, dict)
    # Our enums are str subclasses; without this hook the JSON converter would pass them on
    # as they are, which json.dumps writes correctly but a plain-data consumer would not expect.
    converter.register_unstructure_hook(LabelledEnum, lambda member: member.value)
    _register_redacted_views(converter)
    return converter


def _register_redacted_views(converter: cattrs.Converter) -> None:
    """Write a redacted view as its attributes, each shown value by its own type.

    A view's ``values`` are typed ``object`` (an Address, a date, a masked string...),
    which cattrs would pass on untouched; each value is unstructured as what it is.
    """

    def unstructure_view(view: RedactedCustomer | RedactedComplaint | RedactedWorkOrder) -> Any:
        data: dict[str, Any] = {}
        for attribute in attrs.fields(type(view)):
            value = getattr(view, attribute.name)
            if attribute.name == "values":
                data["values"] = {
                    name: converter.unstructure(shown) for name, shown in value.items()
                }
            else:
                data[attribute.name] = converter.unstructure(value)
        return data

    for view_type in (RedactedCustomer, RedactedComplaint, RedactedWorkOrder):
        converter.register_unstructure_hook(view_type, unstructure_view)


_CONVERTER = make_converter()


def dumps(obj: object) -> str:
    """Return ``obj`` (any domain value) as a JSON string.

    Examples:
        >>> from autocrm.domain import OdometerReading
        >>> dumps(OdometerReading("LFV2A21K3D3109826", date(2025, 6, 1), 12480))
        '{"vin": "LFV2A21K3D3109826", "on": "2025-06-01", "km": 12480, "source": null}'
    """
    try:
        return json.dumps(_CONVERTER.unstructure(obj), ensure_ascii=False)
    except (TypeError, ValueError, RecursionError) as exc:
        msg = f"obj: cannot be written as JSON ({type(exc).__name__}: {exc}): {shown(obj)}"
        raise UnsupportedType(msg, field="obj", value=obj) from exc


@_refusing_malformed("text")
def loads(text: str | bytes, kind: type[_T]) -> _T:
    """Read a ``kind`` from JSON written by [`dumps`][autocrm.adapters.json.dumps].

    Raises:
        autocrm.errors.ValidationError: the JSON is malformed or a value is refused
            (the error names the field).

    Examples:
        >>> from autocrm.domain import OdometerReading
        >>> loads('{"vin": "LFV2A21K3D3109826", "on": "2025-06-01", "km": 12480}',
        ...       OdometerReading).km
        12480
    """
    if not (isinstance(kind, type) and attrs.has(cast(Any, kind))):
        msg = f"kind: expected a record class such as Customer, got {shown(kind)}"
        raise UnsupportedType(msg, field="kind", value=kind)
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        msg = f"not valid JSON: {exc}"
        raise InvalidFormat(msg, field=kind.__name__, value=text) from None
    return _structure(data, kind)


def _structure(data: object, kind: type[_T]) -> _T:
    try:
        return _CONVERTER.structure(data, kind)
    except cattrs.errors.StructureHandlerNotFoundError as exc:
        msg = f"kind: autocrm cannot read a {kind.__name__} from JSON"
        raise UnsupportedType(msg, field="kind", value=kind) from exc
    except cattrs.BaseValidationError as exc:
        inner = first_validation_error(exc)
        if inner is not None:
            raise inner from exc
        messages = cattrs.transform_error(exc, path=kind.__name__)
        msg = "; ".join(messages)
        raise InvalidFormat(msg, field=kind.__name__, value=data) from exc


def _line(record: Mapping[str, Any]) -> str:
    """One backup line: sorted keys, real characters: one archive, one byte sequence."""
    return json.dumps(record, ensure_ascii=False, sort_keys=True)


def _sha256(line: str) -> str:
    return hashlib.sha256(f"{line}\n".encode()).hexdigest()


def _manifest(header_line: str, counts: Mapping[str, int], digests: Mapping[str, Any]) -> str:
    records = {
        name: {"count": counts[name], "sha256": digests[name].hexdigest()} for name in RECORD_TYPES
    }
    return _line(
        {
            "type": MANIFEST,
            "format": FORMAT,
            "version": _FORMAT_VERSION,
            "header_sha256": _sha256(header_line),
            "records": records,
        }
    )


@runtime_checkable
class SnapshotStream(Protocol):
    """A whole archive read record by record, as a backup reads it.

    What ``SqlArchive.stream()`` gives: the records of one consistent read, fetched
    a chunk at a time, so that a backup of any size is written in the same memory.

    Examples:
        >>> from autocrm.adapters.sqlalchemy import SqlArchive
        >>> with SqlArchive.from_url("sqlite://").stream() as records:
        ...     isinstance(records, SnapshotStream), list(records.records("customers"))
        (True, [])
    """

    @property
    def customer_sequence(self) -> int:
        """The last customer-number sequence value issued, as ``Snapshot`` has it."""
        ...  # pragma: no cover - a Protocol

    def records(self, collection: str) -> Iterable[Any]:
        """The records of a ``Snapshot`` field (``"customers"``, ``"audit"``...), in its order."""
        ...  # pragma: no cover - a Protocol


def export_jsonl(snapshot: Snapshot | SnapshotStream, target: str | Path | IO[str]) -> int:
    """Write a whole archive as JSON Lines: a header, one record a line, then a manifest.

    The header names the format, its version and the customer-number sequence. The
    records follow kind by kind in the order of [`RECORD_TYPES`][autocrm.adapters.json]. The last
    line is the manifest: for every record kind the number of its lines and the SHA-256
    of those lines (UTF-8, each ending with a line feed), and the SHA-256 of the
    header, so that [`import_jsonl`][autocrm.adapters.json.import_jsonl] can tell a complete,
    unaltered backup from a truncated, reordered or edited one. Lines are written as they are made
    (nothing is held back but the running digests). Written to a path, the backup appears
    under its name only when complete: a failure leaves any earlier file as it was.
    The new file is readable and writable by its owner only, since a backup holds
    personal data.

    Args:
        snapshot: The archive to back up: a ``Snapshot`` (``archive.snapshot()``), or
            a [`SnapshotStream`][autocrm.adapters.json.SnapshotStream] (``with
            archive.stream() as records: export_jsonl(records, path)``), which
            writes the same bytes in memory that does not grow with the archive.
        target: A path or a text stream.

    Returns:
        The number of records written (header and manifest not counted).

    Examples:
        >>> import io
        >>> from autocrm.domain import Customer
        >>> buffer = io.StringIO()
        >>> export_jsonl(Snapshot(customers=[Customer(number="C1", name="张三")]), buffer)
        1
        >>> lines = buffer.getvalue().splitlines()
        >>> len(lines), json.loads(lines[-1])["records"]["customer"]["count"]
        (3, 1)
        >>> import_jsonl(lines).customers[0].name
        '张三'
    """
    if not isinstance(snapshot, SnapshotStream):
        snapshot = require_snapshot(snapshot)
    if isinstance(target, (str, Path)):
        return _export_to_path(snapshot, Path(target))
    if not callable(getattr(target, "write", None)):
        msg = f"target: expected a path or a text file open for writing, got {shown(target)}"
        raise UnsupportedType(msg, field="target", value=target)
    header = _line(
        {
            "format": FORMAT,
            "version": _FORMAT_VERSION,
            "customer_sequence": snapshot.customer_sequence,
        }
    )
    target.write(f"{header}\n")
    counts = dict.fromkeys(RECORD_TYPES, 0)
    digests = {name: hashlib.sha256() for name in RECORD_TYPES}
    for name, (_, field) in RECORD_TYPES.items():
        items = (
            snapshot.records(field)
            if isinstance(snapshot, SnapshotStream)
            else getattr(snapshot, field)
        )
        for item in items:
            line = f"{_line({'type': name, 'data': _CONVERTER.unstructure(item)})}\n"
            target.write(line)
            digests[name].update(line.encode())
            counts[name] += 1
    target.write(f"{_manifest(header, counts, digests)}\n")
    return sum(counts.values())


def _export_to_path(snapshot: Snapshot | SnapshotStream, path: Path) -> int:
    try:
        handle, partial = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".part")
    except (OSError, ValueError) as exc:
        msg = f"target: cannot write a backup at {shown(str(path))}: {exc}"
        raise ValidationError(msg, field="target", value=str(path)) from exc
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
            written = export_jsonl(snapshot, stream)
        os.replace(partial, path)
    except BaseException:
        Path(partial).unlink(missing_ok=True)
        raise
    return written


@_refusing_malformed("source")
def import_jsonl(
    source: str | Path | IO[str] | Iterable[str], *, require_manifest: bool = True
) -> Snapshot:
    """Read an archive written by [`export_jsonl`][autocrm.adapters.json.export_jsonl], refusing a
    damaged backup.

    The first line must be the ``autocrm-archive`` header and the last the manifest.
    Every record kind must come in the order the exporter writes them, and its count
    and SHA-256 must match the manifest; otherwise the backup is refused with an
    [`InvalidFormat`][autocrm.errors.InvalidFormat] that names the line or the record kind and
    what was expected and found. Nothing is returned for a refused backup, so a
    restore that starts from this function writes nothing.

    Backups of format version 1 (written before manifests existed) carry nothing to
    check a truncation against; they are refused unless ``require_manifest=False``,
    and then read as before (the header must still be the first line). A version-2
    backup is always checked against its manifest.

    Args:
        source: A path, a text stream or any iterable of lines.
        require_manifest: Refuse a version-1 backup, which has no manifest.

    Returns:
        The archive as a [`Snapshot`][autocrm.domain.snapshot.Snapshot], records in file order.

    Raises:
        autocrm.errors.InvalidFormat: the backup is empty, lacks its header or its
            manifest, is out of order, does not match its manifest, or a line is not
            JSON or names an unknown record type; the message says which.
        autocrm.errors.ValidationError: a record holds a refused value; the message
            gives the line number.

    Examples:
        >>> import io
        >>> from autocrm.domain import Customer
        >>> buffer = io.StringIO()
        >>> _ = export_jsonl(Snapshot(customers=[Customer(number="C1", name="张三")],
        ...                           customer_sequence=7), buffer)
        >>> lines = buffer.getvalue().splitlines()
        >>> import_jsonl(lines).customer_sequence
        7
        >>> try:
        ...     import_jsonl([lines[0], lines[2]])  # the customer line is missing
        ... except InvalidFormat as exc:
        ...     str(exc).split(":")[0], exc.field
        ('customer records', 'customer')
        >>> try:
        ...     import_jsonl(["", *lines])
        ... except InvalidFormat as exc:
        ...     str(exc)
        'line 1: blank; a backup starts with its autocrm-archive header'
    """
    if isinstance(source, (str, Path)):
        with Path(source).open(encoding="utf-8") as stream:
            return import_jsonl(stream, require_manifest=require_manifest)
    reading = _Reading(require_manifest=require_manifest)
    number = 0
    try:
        for number, raw in enumerate(source, start=1):
            reading.feed(number, raw)
    except UnicodeDecodeError as exc:
        msg = f"line {number + 1}: not UTF-8 text: {exc.reason}"
        raise InvalidFormat(msg, field=f"line {number + 1}", value=None) from None
    return reading.finish(last_line=number)


@_refusing_malformed("source")
def stream_jsonl(source: str | Path, *, require_manifest: bool = True) -> SnapshotStream:
    """Check a backup file whole, then read its records lazily: a restore in bounded memory.

    The file is read twice. The first pass checks it as
    [`import_jsonl`][autocrm.adapters.json.import_jsonl] does (header first, record kinds in
    order, counts and SHA-256 as the manifest lists them) and keeps only where each
    record kind starts and ends in the file; a damaged backup is refused here, before
    anything is written anywhere. The stream returned then reads the records of one
    kind at a time, building (and validating) each only when it is asked for, so
    restoring from it (``SqlArchive.restore(stream_jsonl(path))``) holds one chunk of
    records in memory, whatever the size of the file. Should the file change between
    the two passes, reading the changed kind raises
    [`InvalidFormat`][autocrm.errors.InvalidFormat] (a restore writing from it then
    writes nothing).

    Args:
        source: The path of a backup written by
            [`export_jsonl`][autocrm.adapters.json.export_jsonl].
        require_manifest: Refuse a version-1 backup, which has no manifest.

    Returns:
        A [`SnapshotStream`][autocrm.adapters.json.SnapshotStream] over the file.

    Raises:
        autocrm.errors.InvalidFormat: as ``import_jsonl``, and ``source`` is not a path.
        autocrm.errors.ValidationError: (while reading records) a record holds a
            refused value; the message gives the line number.
        OSError: the file cannot be opened.

    Examples:
        >>> import os, tempfile
        >>> from autocrm.domain import Customer
        >>> with tempfile.TemporaryDirectory() as d:
        ...     path = os.path.join(d, "backup.jsonl")
        ...     _ = export_jsonl(Snapshot(customers=[Customer(number="C1", name="张三")],
        ...                               customer_sequence=7), path)
        ...     backup = stream_jsonl(path)
        ...     backup.customer_sequence, [c.name for c in backup.records("customers")]
        (7, ['张三'])
    """
    if not isinstance(source, (str, Path)):
        msg = f"source: expected the path of a backup file, got {type(source).__name__}"  # type: ignore[unreachable]
        raise InvalidFormat(msg, field="source", value=source)
    path = Path(source)
    reading = _Reading(require_manifest=require_manifest, keep=False)
    number = 0
    with path.open("rb") as stream:
        while True:
            reading.offset = stream.tell()
            raw = stream.readline()
            if not raw:
                break
            number += 1
            try:
                text = raw.decode()
            except UnicodeDecodeError as exc:
                msg = f"line {number}: not UTF-8 text: {exc.reason}"
                raise InvalidFormat(msg, field=f"line {number}", value=None) from None
            reading.feed(number, text)
    if number == 0:
        msg = f"the backup is empty: no {FORMAT} header"
        raise InvalidFormat(msg, field="line 1", value="")
    if reading.version >= _FORMAT_VERSION:
        reading.check_manifest(number)
    spans = {name: (span[0], span[1], span[2]) for name, span in reading.spans.items()}
    digests = {name: reading.digests[name].hexdigest() for name in RECORD_TYPES}
    return _BackupStream(path, reading.sequence, spans, digests)


class _BackupStream:
    """The records of a checked backup file, read again one kind at a time."""

    def __init__(
        self,
        path: Path,
        sequence: int,
        spans: Mapping[str, tuple[int, int, int]],
        digests: Mapping[str, str],
    ) -> None:
        self._path = path
        self._sequence = sequence
        self._spans = spans
        self._digests = digests

    @property
    def customer_sequence(self) -> int:
        return self._sequence

    def records(self, collection: str) -> Iterator[Any]:
        names = {field: name for name, (_, field) in RECORD_TYPES.items()}
        name = names.get(collection) if isinstance(collection, str) else None
        if name is None:
            msg = f"collection: a snapshot has no {shown(collection)} records"
            raise InvalidFormat(msg, field="collection", value=collection)
        return self._read(name)

    def _read(self, name: str) -> Iterator[Any]:
        span = self._spans.get(name)
        if span is None:
            return
        start, end, number = span
        kind = RECORD_TYPES[name][0]
        digest = hashlib.sha256()
        with self._path.open("rb") as stream:
            stream.seek(start)
            while stream.tell() < end:
                raw = stream.readline()
                line = raw.decode().removesuffix("\n").removesuffix("\r")
                if line.strip():
                    digest.update(f"{line}\n".encode())
                    record = _parse(number, line)
                    if record.get("type") != name:
                        break  # the file changed: the digest below says so
                    try:
                        yield _structure(record.get("data"), kind)
                    except ValidationError as exc:
                        msg = f"line {number}: {exc}"
                        raise type(exc)(msg, field=exc.field, value=exc.value) from exc
                number += 1
        if digest.hexdigest() != self._digests[name]:
            msg = (
                f"{name} records: the backup changed after it was checked "
                f"({self._path.name}); nothing read from it should be kept"
            )
            raise InvalidFormat(msg, field=name, value=str(self._path))


def _refuse(number: int, problem: str, value: object) -> InvalidFormat:
    return InvalidFormat(f"line {number}: {problem}", field=f"line {number}", value=value)


def _strip_line_end(number: int, raw: object) -> str:
    if not isinstance(raw, str):
        msg = f"expected a line of text, got {type(raw).__name__}"
        raise _refuse(number, msg, raw)
    line = raw.removesuffix("\n")
    return line.removesuffix("\r")


def _parse(number: int, line: str) -> dict[str, Any]:
    try:
        record = json.loads(line)
    except (json.JSONDecodeError, RecursionError) as exc:
        msg = f"not valid JSON: {exc}"
        raise _refuse(number, msg, line) from None
    if not isinstance(record, dict):
        msg = f"expected a JSON object, got {type(record).__name__}"
        raise _refuse(number, msg, line)
    return record


def _whole_number(value: object) -> TypeGuard[int]:
    return isinstance(value, int) and not isinstance(value, bool) and value >= 0


class _Reading:
    """The state of one backup being read: header, digests so far, records waiting."""

    def __init__(self, *, require_manifest: bool, keep: bool = True) -> None:
        self.require_manifest = require_manifest
        # keep: hold the records for finish(); else only where each kind lies in the file
        # (offset of its first line, end of its last, number of its first).
        self.keep = keep
        self.offset = 0
        self.spans: dict[str, list[int]] = {}
        self.version = 0
        self.sequence = 0
        self.header_line = ""
        self.counts = dict.fromkeys(RECORD_TYPES, 0)
        self.digests = {name: hashlib.sha256() for name in RECORD_TYPES}
        self.last_kind = 0
        self.waiting: list[tuple[int, str, object]] = []
        self.manifest: dict[str, Any] | None = None
        self.manifest_at = 0

    def feed(self, number: int, raw: object) -> None:
        line = _strip_line_end(number, raw)
        if number == 1:
            self.read_header(line)
        elif self.manifest is not None:
            if line.strip():
                msg = f"content after the manifest (line {self.manifest_at})"
                raise _refuse(number, msg, line)
        elif not line.strip():
            if self.version < _FORMAT_VERSION:
                return  # version-1 backups were read with blank lines skipped
            raise _refuse(number, "blank line inside the backup", line)
        else:
            self.read_record(number, line)

    def read_header(self, line: str) -> None:
        if not line.strip():
            msg = f"blank; a backup starts with its {FORMAT} header"
            raise _refuse(1, msg, line)
        try:
            header = _parse(1, line)
        except InvalidFormat:
            header = {}
        if header.get("format") != FORMAT:
            raise _refuse(1, f"not an {FORMAT} backup (no header)", line)
        version = header.get("version")
        if type(version) is not int or version not in _READABLE_VERSIONS:
            msg = f"backup format version {shown(version)} is not one this autocrm reads (1 or 2)"
            raise _refuse(1, msg, line)
        if version < _FORMAT_VERSION and self.require_manifest:
            msg = (
                f"a version-{version} backup carries no manifest, so a truncation or an edit "
                "cannot be detected; read it with require_manifest=False "
                "(autocrm import --no-manifest) only if you trust the file"
            )
            raise _refuse(1, msg, line)
        sequence = header.get("customer_sequence", 0 if version < _FORMAT_VERSION else None)
        if not _whole_number(sequence):
            msg = f"customer_sequence must be a whole number >= 0, got {shown(sequence)}"
            raise _refuse(1, msg, line)
        self.version, self.sequence, self.header_line = version, sequence, line

    def read_record(self, number: int, line: str) -> None:
        record = _parse(number, line)
        name = record.get("type")
        if name == MANIFEST and self.version >= _FORMAT_VERSION:
            self.read_manifest(number, line, record)
            return
        if not isinstance(name, str) or name not in RECORD_TYPES:
            raise _refuse(number, f"unknown record type {shown(name)}", line)
        position = _KIND_ORDER[name]
        if position < self.last_kind:
            before = list(RECORD_TYPES)[self.last_kind]
            msg = f"a {name} record after the {before} records: the backup is out of order"
            raise _refuse(number, msg, line)
        self.last_kind = position
        self.counts[name] += 1
        self.digests[name].update(f"{line}\n".encode())
        if self.keep:
            self.waiting.append((number, name, record.get("data")))
        else:
            self.spans.setdefault(name, [self.offset, 0, number])[1] = self.offset + len(
                line.encode()
            )

    def read_manifest(self, number: int, line: str, record: dict[str, Any]) -> None:
        if _line(record) != line:
            raise _refuse(number, "the manifest line is not as autocrm writes it", line)
        records = record.get("records")
        well_formed = (
            set(record) == {"type", "format", "version", "header_sha256", "records"}
            and record.get("format") == FORMAT
            and record.get("version") == self.version
            and isinstance(record.get("header_sha256"), str)
            and isinstance(records, dict)
            and set(records) == set(RECORD_TYPES)
            and all(
                isinstance(entry, dict)
                and set(entry) == {"count", "sha256"}
                and _whole_number(entry["count"])
                and isinstance(entry["sha256"], str)
                for entry in records.values()
            )
        )
        if not well_formed:
            msg = "malformed manifest (it must list count and sha256 for every record kind)"
            raise _refuse(number, msg, line)
        self.manifest, self.manifest_at = record, number

    def finish(self, *, last_line: int) -> Snapshot:
        if last_line == 0:
            msg = f"the backup is empty: no {FORMAT} header"
            raise InvalidFormat(msg, field="line 1", value="")
        if self.version >= _FORMAT_VERSION:
            self.check_manifest(last_line)
        fields: dict[str, list[Any]] = {field: [] for _, field in RECORD_TYPES.values()}
        for number, name, data in self.waiting:
            kind, field = RECORD_TYPES[name]
            try:
                fields[field].append(_structure(data, kind))
            except ValidationError as exc:
                msg = f"line {number}: {exc}"
                raise type(exc)(msg, field=exc.field, value=exc.value) from exc
        return Snapshot(customer_sequence=self.sequence, **fields)

    def check_manifest(self, last_line: int) -> None:
        if self.manifest is None:
            msg = (
                f"the backup ends at line {last_line} without its manifest: "
                "it is truncated (or not written by autocrm)"
            )
            raise InvalidFormat(msg, field="manifest", value=last_line)
        if self.manifest["header_sha256"] != _sha256(self.header_line):
            msg = "line 1: the header is not the one the manifest was written with (altered)"
            raise InvalidFormat(msg, field="line 1", value=self.header_line)
        for name in RECORD_TYPES:
            expected = self.manifest["records"][name]
            count, digest = self.counts[name], self.digests[name].hexdigest()
            if expected["count"] != count:
                msg = (
                    f"{name} records: the manifest lists {expected['count']}, "
                    f"the backup holds {count} (lines lost or added)"
                )
                raise InvalidFormat(msg, field=name, value=count)
            if expected["sha256"] != digest:
                msg = (
                    f"{name} records: {count} as the manifest lists, but their SHA-256 is "
                    f"{digest[:16]}… where the manifest has {expected['sha256'][:16]}… "
                    "(a record was altered or the records reordered)"
                )
                raise InvalidFormat(msg, field=name, value=digest)
