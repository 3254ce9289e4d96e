"""JSON Lines backups of a whole archive: a header, one record a line, then a manifest.

[`export_jsonl`][autocrm.adapters.backup.export_jsonl] writes a backup and
[`import_jsonl`][autocrm.adapters.backup.import_jsonl] reads it back, refusing one that is
truncated, reordered or edited: the manifest on the last line gives, for every record kind,
the number of its lines and their SHA-256. Each record is written with the converter of
[`autocrm.adapters.json_codec`][autocrm.adapters.json_codec].

Examples:
    >>> import io
    >>> buffer = io.StringIO()
    >>> export_jsonl(Snapshot(customers=[Customer(number="C1", name="张三")]), buffer)
    1
    >>> import_jsonl(buffer.getvalue().splitlines()).customers[0].name
    '张三'
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from types import MappingProxyType
from typing import IO, Any, Protocol, TypeGuard, cast, runtime_checkable

from autocrm.adapters._json_writers import encode_text, general_text, record_writer
from autocrm.adapters.json_codec import _refusing_malformed, _structure
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
from autocrm.errors import InvalidFormat, UnsupportedType, ValidationError, shown
from autocrm.ports import require_snapshot

__all__ = [
    "FORMAT",
    "MANIFEST",
    "RECORD_TYPES",
    "SnapshotStream",
    "export_jsonl",
    "import_jsonl",
]

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


def _line(record: Mapping[str, Any]) -> str:
    """One backup line: sorted keys, real characters: one archive, one byte sequence."""
    return _encode(record)


#: ``json.dumps(record, ensure_ascii=False, sort_keys=True)``, with its encoder made once
#: instead of once a line (the same text; the records are trees, never circular).
_encode = json.JSONEncoder(ensure_ascii=False, sort_keys=True, check_circular=False).encode


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
    records follow kind by kind in the order of [`RECORD_TYPES`][autocrm.adapters.backup]. The last
    line is the manifest: for every record kind the number of its lines and the SHA-256
    of those lines (UTF-8, each ending with a line feed), and the SHA-256 of the
    header, so that [`import_jsonl`][autocrm.adapters.backup.import_jsonl] can tell a complete,
    unaltered backup from a truncated, reordered or edited one. Lines are written as they are made,
    a few hundred at a time (nothing else is held back but the running digests). Written to
    a path, the backup appears under its name only when complete: a failure leaves any
    earlier file as it was.
    The new file is readable and writable by its owner only, since a backup holds
    personal data.

    Args:
        snapshot: The archive to back up: a ``Snapshot`` (``archive.snapshot()``), or
            a [`SnapshotStream`][autocrm.adapters.backup.SnapshotStream] (``with
            archive.stream() as records: export_jsonl(records, path)``), which
            writes the same bytes in memory that does not grow with the archive.
            A stream that also has ``records_json(collection)``, as
            ``SqlArchive.stream()`` has, hands over each record as the JSON text the
            codec writes for it, which is written as it is.
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
    for name, (kind, field) in RECORD_TYPES.items():
        for text in _batches(_data_texts(snapshot, kind, field), f"{_TYPE}{encode_text(name)}}}\n"):
            target.write(text[0])
            digests[name].update(text[0].encode())
            counts[name] += text[1]
    target.write(f"{_manifest(header, counts, digests)}\n")
    return sum(counts.values())


# A record's line is ``{"data": <the record>, "type": <its kind>}`` (keys sorted).
_DATA, _TYPE = '{"data": ', ', "type": '
_BATCH = 512


def _data_texts(snapshot: Snapshot | SnapshotStream, kind: type[Any], field: str) -> Iterable[str]:
    """The records of ``field`` as JSON text, as ``json_codec`` would write them.

    A stream that offers ``records_json`` (``SqlArchive.stream()``) hands over the
    text itself; other records go through the writer generated for their class.
    """
    if isinstance(snapshot, SnapshotStream):
        written = getattr(snapshot, "records_json", None)
        if callable(written):
            return cast("Iterable[str]", written(field))
        items: Iterable[Any] = snapshot.records(field)
    else:
        items = getattr(snapshot, field)
    write = record_writer(kind)
    return (_text(write, item) for item in items)


def _text(write: Callable[[Any], str], item: Any) -> str:
    try:
        return write(item)
    except (KeyError, TypeError, AttributeError, ValueError):
        return general_text(item)  # what is not a well-formed record fails as it always has


def _batches(texts: Iterable[str], end: str) -> Iterable[tuple[str, int]]:
    """The lines of ``texts`` (each between ``_DATA`` and ``end``), joined by the batch."""
    batch: list[str] = []
    for text in texts:
        batch.append(text)
        if len(batch) == _BATCH:
            yield f"{end}{_DATA}".join(batch).join((_DATA, end)), _BATCH
            batch = []
    if batch:
        yield f"{end}{_DATA}".join(batch).join((_DATA, end)), len(batch)


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
    """Read an archive written by [`export_jsonl`][autocrm.adapters.backup.export_jsonl], refusing a
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
