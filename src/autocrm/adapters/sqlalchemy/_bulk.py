"""Writing many records at once: ``SqlArchive.restore`` and ``SqlArchive.load``."""

from __future__ import annotations

import contextlib
from collections.abc import Iterable, Iterator, Mapping, Sequence
from datetime import datetime
from typing import Any, TypeVar

import attrs
import sqlalchemy as sa

from autocrm.adapters.json import SnapshotStream
from autocrm.adapters.sqlalchemy import convert as cv
from autocrm.adapters.sqlalchemy import tables as t
from autocrm.adapters.sqlalchemy._archive_checks import (
    _check_who_when,
    _entity_spec,
    _exists,
    _require_flag,
)
from autocrm.adapters.sqlalchemy._archive_core import (
    _COLLECTIONS,
    _NO_CONTEXT,
    ArchiveCore,
    _collector_paused,
)
from autocrm.adapters.sqlalchemy._column_writers import _insert_rows
from autocrm.adapters.sqlalchemy._load_indexes import _indexes_set_aside
from autocrm.adapters.sqlalchemy.key_lists import in_chunks, one_of
from autocrm.adapters.sqlalchemy.store_errors import Failure
from autocrm.domain import AuditEntry, Customer, Snapshot
from autocrm.errors import InvalidFormat, shown
from autocrm.ports import (
    ArchiveNotEmpty,
    customer_sequence,
    entity_id,
    next_customer_sequence,
    require_snapshot,
)

_T = TypeVar("_T")

#: Every table a restore or a load writes: the records', their child rows' and the audit's.
_WRITTEN_TABLES = (
    *(spec.table for spec in _COLLECTIONS.values()),
    *(table for spec in _COLLECTIONS.values() for table, _ in spec.child_tables),
    t.audit_entries,
)


def restore(
    archive: ArchiveCore, snapshot: Snapshot | SnapshotStream, *, chunk_size: int = 10_000
) -> None:
    """Load a snapshot, or a stream of one, into an empty archive, in one transaction."""
    if isinstance(chunk_size, bool) or not isinstance(chunk_size, int) or chunk_size < 1:
        msg = f"chunk_size: expected a whole number >= 1, got {shown(chunk_size)}"
        raise InvalidFormat(msg, field="chunk_size", value=chunk_size)
    if not isinstance(snapshot, Snapshot) and isinstance(snapshot, SnapshotStream):
        _restore(archive, snapshot, chunk_size, _NO_CONTEXT)
        return
    require_snapshot(snapshot)
    for collection, spec in _COLLECTIONS.items():
        if spec.key is None:
            continue
        seen: set[str] = set()
        for record in getattr(snapshot, collection):
            key = getattr(record, spec.key)
            if key in seen:
                raise _exists(spec, key)
            seen.add(key)
    # Before any SQL: a number beyond the counter is refused here (ValidationError).
    next_customer_sequence(
        snapshot.customers,
        snapshot.audit,
        archive._policy,
        last_issued=snapshot.customer_sequence,
    )
    _restore(archive, _SnapshotRecords(snapshot), chunk_size, _restoring(snapshot))


def _restore(
    archive: ArchiveCore, stream: SnapshotStream, chunk_size: int, failure: Failure
) -> None:
    """Write the records of ``stream`` in chunks, in one transaction (see ``restore``)."""
    issued = stream.customer_sequence
    if isinstance(issued, bool) or not isinstance(issued, int) or issued < 0:
        msg = f"customer_sequence: expected a whole number >= 0, got {shown(issued)}"
        raise InvalidFormat(msg, field="customer_sequence", value=issued)
    with (
        _collector_paused(),
        archive._begin(write=True, failure=failure) as connection,
        _each_lookup_planned(connection),
    ):
        _require_empty(
            archive,
            connection,
            needs="restore needs an empty archive",
            advice="restore into a new database",
        )
        with _indexes_set_aside(connection, _WRITTEN_TABLES):
            for collection, spec in _COLLECTIONS.items():
                for chunk in _chunked(stream.records(collection), chunk_size):
                    _require_kind(chunk, spec.kind, collection)
                    if spec.kind is Customer:
                        # Refuses a number beyond the counter (ValidationError): rolled back.
                        issued = (
                            next_customer_sequence(chunk, (), archive._policy, last_issued=issued)
                            - 1
                        )
                    _check_new_keys(connection, spec, chunk)
                    _insert_many(connection, spec, chunk)
            for chunk in _chunked(stream.records("audit"), chunk_size):
                _require_kind(chunk, AuditEntry, "audit")
                issued = next_customer_sequence((), chunk, archive._policy, last_issued=issued) - 1
                _insert_rows(connection, t.audit_entries, [cv.audit_from_domain(e) for e in chunk])
        archive._raise_sequence(connection, issued)


def _check_new_keys(
    connection: sa.Connection, spec: cv.EntitySpec[Any], chunk: Sequence[Any]
) -> None:
    """Refuse a key repeated in the chunk or held by the archive already."""
    if spec.key is None:
        return
    seen: set[str] = set()
    for record in chunk:
        key = getattr(record, spec.key)
        if key in seen:
            raise _exists(spec, key)
        seen.add(key)
    stored = _stored_keys(connection, spec, seen)
    if stored:
        raise _exists(spec, min(stored))


def _insert_many(
    connection: sa.Connection, spec: cv.EntitySpec[Any], objects: Iterable[Any]
) -> None:
    mains: list[dict[str, Any]] = []
    children: dict[str, list[dict[str, Any]]] = {table.name: [] for table, _ in spec.child_tables}
    for obj in objects:
        rows = spec.from_domain(obj)
        mains.append(rows.main)
        for name, items in rows.children.items():
            children[name].extend(items)
    if mains:
        _insert_rows(connection, spec.table, mains)
    for table, _ in spec.child_tables:
        if children[table.name]:
            _insert_rows(connection, table, children[table.name])


def load(
    archive: ArchiveCore,
    records: Iterable[object],
    *,
    actor: str,
    at: datetime,
    chunk_size: int = 10_000,
    append: bool = False,
) -> dict[str, int]:
    """Add new records in bulk: one transaction, written in chunks."""
    _check_who_when(actor, at)
    if isinstance(chunk_size, bool) or not isinstance(chunk_size, int) or chunk_size < 1:
        msg = f"chunk_size: expected a whole number >= 1, got {shown(chunk_size)}"
        raise InvalidFormat(msg, field="chunk_size", value=chunk_size)
    _require_flag(append, "append")
    counts: dict[str, int] = {}
    highest = 0
    with (
        _collector_paused(),
        archive._begin(write=True) as connection,
        _each_lookup_planned(connection),
    ):
        if not append:
            _require_empty(
                archive,
                connection,
                needs="the archive must be empty",
                advice="load into a new database, or append",
            )
        # ``records`` may read this archive as it is consumed (an import looks up
        # what its rows refer to): such reads join the load's transaction.
        outer = getattr(archive._local, "connection", None)
        archive._local.connection = connection
        # Into an empty archive, the plain indexes are built once at the end; an
        # append keeps them, for the rows already there and the import's look-ups.
        indexes = (
            contextlib.nullcontext() if append else _indexes_set_aside(connection, _WRITTEN_TABLES)
        )
        try:
            with indexes:
                for chunk in _chunked(records, chunk_size):
                    written = _load_chunk(archive, connection, chunk, counts, actor, at)
                    highest = max(highest, written)
        finally:
            archive._local.connection = outer
        if highest:
            archive._raise_sequence(connection, highest)
    order = [spec.entity for spec in _COLLECTIONS.values()]
    return {entity: counts[entity] for entity in order if entity in counts}


@contextlib.contextmanager
def _each_lookup_planned(connection: sa.Connection) -> Iterator[None]:
    """Have PostgreSQL plan each statement of the block for the tables as they are.

    A bulk write runs the same key look-up once per chunk while its tables grow from
    nothing. psycopg prepares a statement run five times, and PostgreSQL may then keep
    one generic plan made while the tables were empty, a sequential scan, for every
    later chunk: the look-ups grow with the rows written, quadratic in all (an import
    of 380,000 rows spent three minutes there). The setting is local to the
    transaction and put back as it was when the block ends, so the rest of a caller's
    transaction the write joined keeps its own; a block that raises leaves it to the
    rollback. PostgreSQL before 12 has no such setting and is left as it is.
    """
    dialect = connection.dialect
    if dialect.name != "postgresql" or (dialect.server_version_info or (0,)) < (12,):
        yield
        return
    before = connection.exec_driver_sql("SHOW plan_cache_mode").scalar()
    connection.exec_driver_sql("SET LOCAL plan_cache_mode = force_custom_plan")
    yield
    connection.execute(
        sa.text("SELECT set_config('plan_cache_mode', :before, true)"), {"before": before}
    )


def _require_empty(
    archive: ArchiveCore, connection: sa.Connection, *, needs: str, advice: str
) -> None:
    """Refuse an archive holding records or issued customer numbers (restore, load).

    The message starts with ``needs``; a table with rows also gets ``advice``.
    """
    for table in (*(spec.table for spec in _COLLECTIONS.values()), t.audit_entries):
        if connection.execute(sa.select(sa.literal(1)).select_from(table)).first():
            msg = f"{needs}, but table {shown(table.name)} has rows; {advice}"
            raise ArchiveNotEmpty(msg)
    if archive._sequence(connection):
        msg = f"{needs}, but customer numbers were issued"
        raise ArchiveNotEmpty(msg)


def _load_chunk(
    archive: ArchiveCore,
    connection: sa.Connection,
    chunk: Sequence[object],
    counts: dict[str, int],
    actor: str,
    at: datetime,
) -> int:
    """Write one chunk of [`load`][autocrm.adapters.sqlalchemy.repository.SqlArchive.load];
    return the highest customer sequence in it.

    A key repeated inside the chunk is refused here; one the archive holds (written
    before this load, or by an earlier chunk of it) by one look-up of the chunk's
    keys per table, so memory holds one chunk's keys, not every key loaded.
    """
    by_spec: dict[type, list[Any]] = {}
    audit_rows: list[dict[str, Any]] = []
    highest = 0
    # Every entry differs from this one only by entity and id: build and check it once.
    template = cv.audit_from_domain(
        AuditEntry(at=at, actor=actor, entity="customer", entity_id="-", action="create")
    )
    specs: dict[type, cv.EntitySpec[Any]] = {}
    for record in chunk:
        kind = type(record)
        spec = specs.get(kind) or specs.setdefault(kind, _entity_spec(kind))
        if kind is Customer:
            if not record.number.strip():  # type: ignore[attr-defined]
                number = archive._next_customer_number(connection)
                record = attrs.evolve(record, number=number)  # type: ignore[misc]
            sequence = customer_sequence(record.number, archive._policy)  # type: ignore[attr-defined]
            if sequence is not None and sequence > highest:
                highest = sequence
        if getattr(record, "version", 1) != 1:
            record = attrs.evolve(record, version=1)  # type: ignore[misc]
        by_spec.setdefault(spec.kind, []).append(record)
        audit_rows.append({**template, "entity": spec.entity, "entity_id": entity_id(record)})
    for kind, objects in by_spec.items():
        spec = specs[kind]
        _check_new_keys(connection, spec, objects)
        _insert_many(connection, spec, objects)
        counts[spec.entity] = counts.get(spec.entity, 0) + len(objects)
    _insert_rows(connection, t.audit_entries, audit_rows)
    return highest


class _SnapshotRecords:
    """A snapshot seen as a stream of its records (what ``_restore`` writes from)."""

    def __init__(self, snapshot: Snapshot) -> None:
        self._snapshot = snapshot

    @property
    def customer_sequence(self) -> int:
        return self._snapshot.customer_sequence

    def records(self, collection: str) -> Iterable[Any]:
        records: Iterable[Any] = getattr(self._snapshot, collection)
        return records


def _chunked(records: Iterable[_T], size: int) -> Iterator[list[_T]]:
    """The records, ``size`` at a time (the last chunk may be shorter)."""
    chunk: list[_T] = []
    for record in records:
        chunk.append(record)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _require_kind(chunk: Sequence[object], kind: type[Any], collection: str) -> None:
    for record in chunk:
        if type(record) is not kind and not isinstance(record, kind):
            msg = f"{collection}: expected {kind.__name__} records, got {type(record).__name__}"
            raise InvalidFormat(msg, field=collection, value=record)


def _stored_keys(connection: sa.Connection, spec: cv.EntitySpec[Any], keys: set[str]) -> set[str]:
    """Those of ``keys`` the archive's table of ``spec`` holds already.

    One look-up per list ``in_chunks`` makes: the whole chunk's keys as one array on
    PostgreSQL and DuckDB, where each statement costs more than its keys do; on SQLite,
    lists short enough for any build.
    """
    if spec.key is None:
        return set()
    column = spec.table.c[spec.key]
    stored: set[str] = set()
    for part in in_chunks(connection, sorted(keys)):
        query = sa.select(column).where(one_of(connection, column, part))
        stored.update(connection.execute(query).scalars())
    return stored


def _restoring(snapshot: Snapshot) -> Failure:
    """What a restore was doing, should the database fail: the main rows of every record."""

    def rows() -> list[tuple[sa.Table, Sequence[Mapping[str, Any]]]]:
        return [
            (spec.table, [spec.from_domain(record).main for record in getattr(snapshot, name)])
            for name, spec in _COLLECTIONS.items()
        ]

    return Failure(rows=rows)
