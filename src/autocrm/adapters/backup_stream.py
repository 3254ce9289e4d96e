"""A backup file checked whole, then read record by record: a restore in bounded memory.

[`stream_jsonl`][autocrm.adapters.backup_stream.stream_jsonl] checks a backup as
[`import_jsonl`][autocrm.adapters.backup.import_jsonl] does, then gives a
[`SnapshotStream`][autocrm.adapters.backup.SnapshotStream] that reads the records of one kind
at a time from the file.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

from autocrm.adapters.backup import (
    _FORMAT_VERSION,
    FORMAT,
    RECORD_TYPES,
    SnapshotStream,
    _parse,
    _Reading,
)
from autocrm.adapters.json_codec import _refusing_malformed, _structure
from autocrm.errors import InvalidFormat, ValidationError, shown

__all__ = ["stream_jsonl"]


@_refusing_malformed("source")
def stream_jsonl(source: str | Path, *, require_manifest: bool = True) -> SnapshotStream:
    """Check a backup file whole, then read its records lazily: a restore in bounded memory.

    The file is read twice. The first pass checks it as
    [`import_jsonl`][autocrm.adapters.backup.import_jsonl] does (header first, record kinds in
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
            [`export_jsonl`][autocrm.adapters.backup.export_jsonl].
        require_manifest: Refuse a version-1 backup, which has no manifest.

    Returns:
        A [`SnapshotStream`][autocrm.adapters.backup.SnapshotStream] over the file.

    Raises:
        autocrm.errors.InvalidFormat: as ``import_jsonl``, and ``source`` is not a path.
        autocrm.errors.ValidationError: (while reading records) a record holds a
            refused value; the message gives the line number.
        OSError: the file cannot be opened.

    Examples:
        >>> import os, tempfile
        >>> from autocrm.adapters.backup import export_jsonl
        >>> from autocrm.domain import Customer, Snapshot
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
