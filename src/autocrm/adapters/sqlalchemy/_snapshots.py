"""Reading the whole SQL archive out: ``SqlArchive.snapshot`` and ``SqlArchive.stream``."""

from __future__ import annotations

import functools
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import sqlalchemy as sa

from autocrm.adapters._json_writers import general_text, record_writer
from autocrm.adapters.json import SnapshotStream
from autocrm.adapters.sqlalchemy import convert as cv
from autocrm.adapters.sqlalchemy import tables as t
from autocrm.adapters.sqlalchemy._archive_core import (
    _COLLECTIONS,
    _NO_CONTEXT,
    ArchiveCore,
    _collector_paused,
    _rows,
)
from autocrm.adapters.sqlalchemy._raw_reads import read_trusted, select_all
from autocrm.adapters.sqlalchemy.store_errors import store_error
from autocrm.domain import Snapshot
from autocrm.errors import InvalidFormat, shown


def snapshot(archive: ArchiveCore) -> Snapshot:
    """Return every record and the whole audit trail, in one consistent read."""
    try:
        with archive._reading() as connection, _collector_paused():
            trusted = archive._vouched(connection)
            audit_query = sa.select(t.audit_entries).order_by(t.audit_entries.c.id)
            if trusted:
                # The driver's rows, read by position (see _raw_reads).
                parts = {
                    collection: read_trusted(
                        connection,
                        spec,
                        select_all(spec.table, connection.dialect).order_by(spec.table.c.id),
                    )[0]
                    for collection, spec in _COLLECTIONS.items()
                }
                audit_query = select_all(t.audit_entries, connection.dialect)
                audit = read_trusted(connection, None, audit_query.order_by(t.audit_entries.c.id))[
                    0
                ]
            else:
                parts = {
                    collection: archive._load(connection, spec)
                    for collection, spec in _COLLECTIONS.items()
                }
                audit = [cv.audit_to_domain(row) for row in _rows(connection, audit_query)]
            sequence = archive._sequence(connection)
            return Snapshot(audit=audit, customer_sequence=sequence, **parts)
    except sa.exc.SQLAlchemyError as exc:
        raise store_error(exc, _NO_CONTEXT) from exc


@contextmanager
def stream(archive: ArchiveCore, *, chunk_size: int = 10_000) -> Iterator[SnapshotStream]:
    """Read the whole archive record by record, in one consistent read."""
    if isinstance(chunk_size, bool) or not isinstance(chunk_size, int) or chunk_size < 1:
        msg = f"chunk_size: expected a whole number >= 1, got {shown(chunk_size)}"
        raise InvalidFormat(msg, field="chunk_size", value=chunk_size)
    try:
        with archive._reading() as connection:
            yield _ArchiveStream(archive, connection, chunk_size)
    except sa.exc.SQLAlchemyError as exc:
        raise store_error(exc, _NO_CONTEXT) from exc


def _chunks(
    archive: ArchiveCore,
    connection: sa.Connection,
    spec: cv.EntitySpec[Any] | None,
    chunk_size: int,
    *,
    as_json: bool = False,
) -> Iterator[Any]:
    """The records of ``spec`` (None: the audit trail) in insertion order, by chunks.

    ``as_json``: each record as the JSON text the codec writes for it, made from the
    stored row where the schema revision vouches for the rows (see _json_rows).
    """
    table = t.audit_entries if spec is None else spec.table
    last: int | None = None
    trusted = archive._vouched(connection)
    selected = select_all(table, connection.dialect) if trusted else sa.select(table)
    while True:
        query = selected.order_by(table.c.id).limit(chunk_size)
        if last is not None:
            query = query.where(table.c.id > last)
        with _collector_paused():  # built whole, then handed over with the collector on
            if trusted:
                records, high = read_trusted(
                    connection,
                    spec,
                    query,
                    functools.partial(_window, spec, last),
                    as_json=as_json,
                )
                if high is None:
                    return
            else:
                rows = _rows(connection, query)
                if not rows:
                    return
                high = rows[-1]["id"]
                if spec is None:
                    records = [cv.audit_to_domain(row) for row in rows]
                else:
                    children = archive._children(connection, spec, _range(table, last, high))
                    records = archive._build(connection, spec, rows, children)
                if as_json:
                    records = [_text(record) for record in records]
        yield from records
        last = high


def _range(table: sa.Table, last: int | None, high: int) -> Any:
    """The rows of a chunk: ids after ``last`` (None: from the first) up to ``high``."""
    return table.c.id <= high if last is None else table.c.id.between(last + 1, high)


def _window(spec: cv.EntitySpec[Any] | None, last: int | None, high: int) -> Any:
    """The keys of the records of a chunk (see `_range`), as a select."""
    if spec is None or spec.key is None:  # pragma: no cover - no child rows to select
        return None
    return sa.select(spec.table.c[spec.key]).where(_range(spec.table, last, high))


class _ArchiveStream:
    """The records of one read transaction, a chunk at a time (see ``SqlArchive.stream``)."""

    def __init__(self, archive: ArchiveCore, connection: sa.Connection, chunk_size: int) -> None:
        self._archive = archive
        self._connection = connection
        self._chunk_size = chunk_size
        self._sequence = archive._sequence(connection)

    @property
    def customer_sequence(self) -> int:
        return self._sequence

    @staticmethod
    def _spec(collection: str) -> cv.EntitySpec[Any] | None:
        if collection == "audit":
            return None
        if isinstance(collection, str) and collection in _COLLECTIONS:
            return _COLLECTIONS[collection]
        msg = f"collection: a snapshot has no {shown(collection)} records"
        raise InvalidFormat(msg, field="collection", value=collection)

    def records(self, collection: str) -> Iterator[Any]:
        spec = self._spec(collection)
        try:
            yield from _chunks(self._archive, self._connection, spec, self._chunk_size)
        except sa.exc.SQLAlchemyError as exc:
            raise store_error(exc, _NO_CONTEXT) from exc

    def records_json(self, collection: str) -> Iterator[str]:
        """The records of ``collection`` as ``records`` gives them, each as its JSON text.

        The text ``json_codec`` writes for the record (keys sorted, real characters),
        made from the stored row without building the record where the rows are
        vouched for; a backup (``export_jsonl``) writes these as they are.
        """
        spec = self._spec(collection)
        try:
            yield from _chunks(
                self._archive, self._connection, spec, self._chunk_size, as_json=True
            )
        except sa.exc.SQLAlchemyError as exc:
            raise store_error(exc, _NO_CONTEXT) from exc


def _text(record: Any) -> str:
    try:
        return record_writer(type(record))(record)
    except (KeyError, TypeError, AttributeError, ValueError):
        return general_text(record)
