"""The SQL archive's core: its connection state, transactions, the customer-number
counter, and writing and reading one record's rows.

[`SqlArchive`][autocrm.adapters.sqlalchemy.repository.SqlArchive] is built on
``ArchiveCore``; the topic modules beside it (records, bulk writes, snapshots,
merging, erasure, key rotation) work through these methods.
"""

from __future__ import annotations

import functools
import gc
import threading
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import Any

import sqlalchemy as sa

from autocrm.adapters.sqlalchemy import convert as cv
from autocrm.adapters.sqlalchemy import tables as t
from autocrm.adapters.sqlalchemy._archive_checks import (
    _check_columns_hold,
    _entity_spec,
    _not_found,
    _stale,
)
from autocrm.adapters.sqlalchemy._raw_reads import read_trusted, select_all
from autocrm.adapters.sqlalchemy.encryption import cipher_of
from autocrm.adapters.sqlalchemy.engine import SQLITE_BEGIN, has_savepoints
from autocrm.adapters.sqlalchemy.rows import _by_key
from autocrm.adapters.sqlalchemy.schemas import schema_applied
from autocrm.adapters.sqlalchemy.store_errors import Failure, store_error
from autocrm.domain import AuditEntry
from autocrm.errors import NotSupported, StoreError, UnsupportedType
from autocrm.ports import MAX_CUSTOMER_SEQUENCE, customer_number
from autocrm.rules.archive import ArchivePolicy

#: Rows fetched per round trip when child rows are loaded for a list of keys.
_CHUNK = 500
_SEQUENCE = "customer_number"
_NO_CONTEXT = Failure()


class ArchiveCore:
    """The state and transactions of a SQL archive, and its row-level reads and writes."""

    _trusted_reads: bool | None
    _engine: sa.Engine
    _schema: str | None
    _policy: ArchivePolicy
    _local: threading.local
    _joined: sa.Connection | None
    #: Whether rows read may be built without validating them again; SqlArchive gives it
    #: (from the database's schema revision and its ``trusted_reads`` setting).
    _vouched: Callable[[sa.Connection], bool]

    def _has_cipher(self) -> bool:
        return cipher_of(self._engine) is not None

    @contextmanager
    def _begin(
        self, *, write: bool = False, failure: Failure = _NO_CONTEXT
    ) -> Iterator[sa.Connection]:
        """The connection of one archive operation, with database errors translated.

        Outside a unit of work the operation gets a transaction of its own. On
        SQLite a writing transaction starts with ``BEGIN IMMEDIATE``: writers queue
        for the database lock (up to the busy timeout) instead of failing with
        "database is locked" when two of them read and then write at the same time.

        Inside a unit of work the operation runs in a SAVEPOINT of the unit's
        transaction, so an operation the database refuses undoes only its own
        writes and the unit of work goes on; on PostgreSQL this also keeps the
        transaction usable after a server-side error. Where the engine has no
        SAVEPOINT, such an error marks the unit of work failed: it then raises
        instead of committing.

        Every SQLAlchemy or driver error becomes an autocrm error chained to it
        ([`autocrm.adapters.sqlalchemy.store_errors.store_error`][autocrm.adapters.sqlalchemy.store_errors.store_error]).
        """
        current: sa.Connection | None = getattr(self._local, "connection", None)
        if current is not None:
            with self._in_unit_of_work(current, failure) as connection:
                yield connection
            return
        if self._joined is not None:
            with (
                schema_applied(self._joined, self._schema) as joined,
                self._in_unit_of_work(joined, failure) as connection,
            ):
                yield connection
            return
        try:
            with self._engine.connect() as connection:
                if write:
                    connection = connection.execution_options(**{SQLITE_BEGIN: "IMMEDIATE"})
                with connection.begin():
                    yield connection
        except sa.exc.SQLAlchemyError as exc:
            raise store_error(exc, failure) from exc

    @contextmanager
    def _in_unit_of_work(
        self, connection: sa.Connection, failure: Failure
    ) -> Iterator[sa.Connection]:
        savepoints = has_savepoints(connection.dialect)
        try:
            if savepoints:
                with connection.begin_nested():
                    yield connection
            else:
                yield connection
        except sa.exc.SQLAlchemyError as exc:
            if not savepoints or connection.invalidated:
                self._local.failure = exc
            raise store_error(exc, failure) from exc

    @contextmanager
    def _unit_of_work(self) -> Iterator[None]:
        """The transaction of ``SqlArchive.unit_of_work`` (see there)."""
        current: sa.Connection | None = getattr(self._local, "connection", None)
        if current is None and self._joined is not None:
            with self._joined_unit_of_work(self._joined):
                yield
            return
        if current is not None:
            if not has_savepoints(current.dialect):
                msg = (
                    "unit_of_work: a unit of work inside another needs a SAVEPOINT, which "
                    f"{current.dialect.name} lacks; do these writes in the outer unit of work"
                )
                raise NotSupported(msg)
            try:
                with current.begin_nested():
                    yield
            except sa.exc.SQLAlchemyError as exc:
                raise store_error(exc, _NO_CONTEXT) from exc
            return
        try:
            with self._engine.connect() as connection:
                connection = connection.execution_options(**{SQLITE_BEGIN: "IMMEDIATE"})
                with connection.begin():
                    self._local.connection, self._local.failure = connection, None
                    try:
                        yield
                    finally:
                        self._local.connection = None
                    failed: BaseException | None = self._local.failure
                    if failed is not None:
                        msg = (
                            "the database failed inside this unit of work and the error was "
                            f"caught ({failed}); nothing of it was stored"
                        )
                        raise StoreError(msg) from failed
        except sa.exc.SQLAlchemyError as exc:
            raise store_error(exc, _NO_CONTEXT) from exc

    @contextmanager
    def _joined_unit_of_work(self, joined: sa.Connection) -> Iterator[None]:
        """A unit of work on the application's connection: a SAVEPOINT, left uncommitted."""
        with schema_applied(joined, self._schema):
            self._local.connection, self._local.failure = joined, None
            try:
                if has_savepoints(joined.dialect):
                    with joined.begin_nested():
                        yield
                else:
                    yield
            except sa.exc.SQLAlchemyError as exc:
                raise store_error(exc, _NO_CONTEXT) from exc
            finally:
                self._local.connection = None

    @contextmanager
    def _reading(self) -> Iterator[sa.Connection]:
        """A connection for one consistent read of several tables (snapshot, stream).

        On PostgreSQL the read is REPEATABLE READ: one view of every table while other
        writers go on. On an application's connection it reads in its transaction.
        """
        if self._joined is not None:
            with schema_applied(self._joined, self._schema) as joined:
                yield joined
            return
        with self._engine.connect() as connection:
            if connection.dialect.name == "postgresql":
                # One consistent view of all tables while other writers go on.
                connection = connection.execution_options(isolation_level="REPEATABLE READ")
            with connection.begin():
                yield connection

    # -- writes ---------------------------------------------------------------------

    def _next_customer_number(self, connection: sa.Connection) -> str:
        # Every customer gets a unique number that is never given again, even after
        # a deletion: the counter row only goes up, inside the writing transaction
        # (a rolled-back add gives its number back, as it was never issued). The
        # UPDATE takes the counter's row lock, so concurrent adds queue on it.
        seq = t.sequences
        _insert_counter_if_missing(connection)
        connection.execute(
            seq.update()
            .where(seq.c.name == _SEQUENCE, seq.c.value < MAX_CUSTOMER_SEQUENCE)
            .values(value=seq.c.value + 1)
        )
        value = self._sequence(connection)
        if value >= MAX_CUSTOMER_SEQUENCE:
            # customer_number refuses the sequence past the last one.
            return customer_number(value + 1, self._policy)
        return customer_number(value, self._policy)

    def _sequence(self, connection: sa.Connection) -> int:
        seq = t.sequences
        value = connection.execute(
            sa.select(seq.c.value).where(seq.c.name == _SEQUENCE)
        ).scalar_one_or_none()
        return int(value or 0)

    def _raise_sequence(self, connection: sa.Connection, value: int) -> None:
        """Move the counter up to ``value`` if it is below, in this transaction.

        One conditional UPDATE under the counter's row lock: two writers raising it
        at the same time queue on the lock, and the second re-checks the condition
        against the first one's committed value (PostgreSQL re-reads an updated row
        in READ COMMITTED), so the counter never falls below a stored number.
        """
        seq = t.sequences
        _insert_counter_if_missing(connection)
        connection.execute(
            seq.update().where(seq.c.name == _SEQUENCE, seq.c.value < value).values(value=value)
        )

    def _insert(self, connection: sa.Connection, spec: cv.EntitySpec[Any], obj: Any) -> None:
        rows = spec.from_domain(obj)
        _check_columns_hold(spec, rows)
        connection.execute(spec.table.insert().values(**rows.main))
        for table, _ in spec.child_tables:
            children = rows.children.get(table.name, [])
            if children:
                connection.execute(table.insert(), children)

    def _write_version(
        self,
        connection: sa.Connection,
        spec: cv.EntitySpec[Any],
        before: Any,
        after: Any,
        *,
        children: bool = True,
    ) -> None:
        """Store ``after`` over ``before`` (as read) if nobody changed the row since.

        The one optimistic versioned write of the archive (an update, an erasure, a
        merge and its undoing): the UPDATE only matches the row while it still holds
        ``before``'s version, so a writer who committed between our read and this write
        makes it match nothing, and the stale read is refused with a
        ``ConcurrentUpdate`` naming both versions (``StoreNotFound`` if the row is
        gone). ``after`` carries the new version; it keeps ``before``'s key.

        Args:
            connection: The writing transaction.
            spec: How records of this kind are stored (a keyed kind).
            before: The record as read, whose version the row must still hold.
            after: The record to store.
            children: Replace the child rows with ``after``'s (True), or leave them when
                they are the same as ``before``'s (False; a merge moves records whose
                children are keyed by the record's own key, so most stay as they are).
        """
        assert spec.key is not None  # only keyed records are versioned
        key = getattr(after, spec.key)
        rows = spec.from_domain(after)
        _check_columns_hold(spec, rows)
        key_column = spec.table.c[spec.key]
        result = connection.execute(
            spec.table.update()
            .where(key_column == key, spec.table.c.version == before.version)
            .values(**rows.main)
        )
        if result.rowcount != 1:
            # Another writer committed between our read and our write.
            actual = connection.execute(
                sa.select(spec.table.c.version).where(key_column == key)
            ).scalar_one_or_none()
            raise _stale(spec, key, before.version, actual)
        if not children and rows.children == spec.from_domain(before).children:
            return
        for table, ref in spec.child_tables:
            connection.execute(table.delete().where(table.c[ref] == key))
            rewritten = rows.children.get(table.name, [])
            if rewritten:
                connection.execute(table.insert(), rewritten)

    def _audit(self, connection: sa.Connection, entries: Sequence[AuditEntry]) -> None:
        if entries:
            connection.execute(t.audit_entries.insert(), [cv.audit_from_domain(e) for e in entries])

    def _get(self, connection: sa.Connection, spec: cv.EntitySpec[Any], key: str) -> Any:
        if spec.key is None:
            msg = f"{spec.entity} records have no key; use find"
            raise UnsupportedType(msg, field="kind", value=spec.entity)
        found = self._load(connection, spec, spec.table.c[spec.key] == key)
        if not found:
            raise _not_found(spec, key)
        return found[0]

    def _load(
        self, connection: sa.Connection, spec: cv.EntitySpec[Any], where: Any = None
    ) -> list[Any]:
        """Load the records matching ``where`` (a SQL condition), in insertion order.

        One query for the records and one per child table, whatever their number.
        Rows the schema revision vouches for are read by position (see _raw_reads).
        """
        if self._vouched(connection):
            return self._load_by_position(connection, spec, where)
        query = sa.select(spec.table)
        if where is not None:
            query = query.where(where)
        with _collector_paused():
            rows = _rows(connection, query.order_by(spec.table.c.id))
            if not rows:
                return []
            children = self._children(connection, spec, where)
            return self._build(connection, spec, rows, children)

    def _load_by_position(
        self, connection: sa.Connection, spec: cv.EntitySpec[Any], where: Any
    ) -> list[Any]:
        query = select_all(spec.table, connection.dialect)
        keys = None
        if where is not None:
            query = query.where(where)
            if spec.key is not None:
                selected = sa.select(spec.table.c[spec.key]).where(where)
                keys = functools.partial(_same, selected)
        with _collector_paused():
            return read_trusted(connection, spec, query.order_by(spec.table.c.id), keys)[0]

    def _build(
        self,
        connection: sa.Connection,
        spec: cv.EntitySpec[Any],
        rows: Sequence[dict[str, Any]],
        children: Mapping[str, Mapping[Any, list[dict[str, Any]]]],
    ) -> list[Any]:
        """Build records from their main rows and their child rows (by key)."""
        to_domain = spec.trusted_to_domain if self._vouched(connection) else spec.to_domain
        if spec.key is None:
            return [to_domain(row, {}) for row in rows]
        key = spec.key
        return [
            to_domain(row, {name: by_key.get(row[key], ()) for name, by_key in children.items()})
            for row in rows
        ]

    def _children(
        self, connection: sa.Connection, spec: cv.EntitySpec[Any], where: Any = None
    ) -> dict[str, dict[Any, list[dict[str, Any]]]]:
        """The child rows of the records matching ``where``, by key: one query per table."""
        found: dict[str, dict[Any, list[dict[str, Any]]]] = {}
        if spec.key is None:
            return found
        keys = None if where is None else sa.select(spec.table.c[spec.key]).where(where)
        for table, ref in spec.child_tables:
            # An alias, so that a filter's own subqueries on this table stay theirs.
            child = table.alias(f"{table.name}_read")
            query = sa.select(child)
            if keys is not None:
                query = query.where(child.c[ref].in_(keys))
            found[table.name] = _by_key(_rows(connection, query), ref)
        return found


def _same(selected: Any, _last: Any) -> Any:
    """The keys of a filter's records, whichever row was read last."""
    return selected


#: Snapshot attribute -> how its records are stored, in the order a snapshot lists them.
_COLLECTIONS: dict[str, cv.EntitySpec[Any]] = {
    "customers": _entity_spec("customer"),
    "vehicles": _entity_spec("vehicle"),
    "work_orders": _entity_spec("work_order"),
    "readings": _entity_spec("reading"),
    "followups": _entity_spec("followup"),
    "complaints": _entity_spec("complaint"),
    "appointments": _entity_spec("appointment"),
    "fleet_accounts": _entity_spec("fleet_account"),
}


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector while a read builds or a write sends records.

    A read or a bulk write allocates hundreds of thousands of rows, tuples and
    records, none of them in a reference cycle (reference counting frees them all);
    left on, the collector walks the growing heap again and again as they are
    allocated, which the profiles showed as about a third of a snapshot's and of a
    restore's time. Nested or concurrent uses leave the collector as the outermost
    one found it.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


#: The entity tables and the audit trail: their columns are named as domain fields.
_MAIN_TABLES = frozenset({*(spec.table for spec in _COLLECTIONS.values()), t.audit_entries})


def _rows(connection: sa.Connection, query: Any) -> list[dict[str, Any]]:
    """The rows of a query as dictionaries (column name -> value)."""
    result = connection.execute(query)
    names = tuple(result.keys())
    return [dict(zip(names, row, strict=True)) for row in result.all()]


def _insert_counter_if_missing(connection: sa.Connection) -> None:
    """Create the customer-number counter row (the migrations do; an old copy may lack it).

    Two writers may both find it missing: PostgreSQL and SQLite insert it with
    ``ON CONFLICT DO NOTHING``; other engines check first.
    """
    seq = t.sequences
    values = {"name": _SEQUENCE, "value": 0}
    name = connection.dialect.name
    if name == "postgresql":
        from sqlalchemy.dialects import postgresql

        connection.execute(postgresql.insert(seq).values(**values).on_conflict_do_nothing())
    elif name == "sqlite":
        from sqlalchemy.dialects import sqlite

        connection.execute(sqlite.insert(seq).values(**values).on_conflict_do_nothing())
    elif connection.execute(sa.select(seq.c.value).where(seq.c.name == _SEQUENCE)).first() is None:
        connection.execute(seq.insert().values(**values))
