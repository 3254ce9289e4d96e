"""SqlArchive: the customer archive kept in a SQL database through SQLAlchemy Core.

It offers the interface of :class:`autocrm.adapters.memory.MemoryArchive`: unique,
never-reused customer numbers, an audit entry for every change (seed 001: who,
when, which field, old -> new), optimistic versioning, and a unit of work that
commits all or nothing. Filters of :mod:`autocrm.query` compile to SQL
(:mod:`autocrm.adapters.sqlalchemy.query`), so ``find``, ``count`` and
``aggregate`` scan in the database, never in Python.

Examples:
    >>> from datetime import datetime
    >>> from autocrm.domain import CHINA_TZ, Customer
    >>> archive = SqlArchive.from_url("sqlite://")
    >>> at = datetime(2025, 10, 9, 10, 0, tzinfo=CHINA_TZ)
    >>> c = archive.add(Customer(name="王建国"), actor="客服-李娜", at=at)
    >>> c2 = archive.update(attrs.evolve(c, mobile="13800138000"), actor="客服-李娜", at=at)
    >>> c2.version, [(e.field, e.old, e.new) for e in archive.audit_trail("customer", c.number)]
    (2, [(None, None, None), ('mobile', None, '+8613800138000')])
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date, datetime
from typing import Any, TypeVar

import attrs
import sqlalchemy as sa
from sqlalchemy import event
from sqlalchemy.pool import StaticPool

from autocrm.adapters.sqlalchemy import convert as cv
from autocrm.adapters.sqlalchemy import tables as t
from autocrm.domain import AuditAction, AuditEntry, Customer, Snapshot
from autocrm.domain.time import require_aware
from autocrm.errors import ConcurrentUpdate, InvalidFormat, NotFound, UnsupportedType, shown
from autocrm.ports import (
    DELETED_VERSION_FIELD,
    AlreadyExists,
    ArchiveNotEmpty,
    changed_fields,
    customer_number,
    customer_sequence,
    deletion_entry,
    entity_id,
    next_customer_sequence,
    require_key,
    require_snapshot,
)
from autocrm.rules.archive import ArchivePolicy

__all__ = ["SqlArchive"]

_T = TypeVar("_T")

#: Rows fetched per round trip when child rows are loaded for a list of keys.
_CHUNK = 500
_SEQUENCE = "customer_number"
_DEFAULT_POLICY = ArchivePolicy()


def _entity_spec(kind: type[_T] | str) -> cv.EntitySpec[_T]:
    if isinstance(kind, str):
        for spec in cv.SPECS.values():
            if spec.entity == kind:
                return spec
        msg = f"the archive keeps no {shown(kind)} records"
        raise UnsupportedType(msg, field="kind", value=kind)
    if not isinstance(kind, type) or kind not in cv.SPECS:
        msg = f"the archive keeps no {getattr(kind, '__name__', None) or shown(kind)} records"
        raise UnsupportedType(msg, field="kind", value=kind)
    return cv.spec_for(kind)


class SqlArchive:
    """The archive in a SQL database (SQLite, PostgreSQL or another SQLAlchemy dialect).

    Args:
        engine: A SQLAlchemy engine; the tables must exist (see
            :func:`autocrm.adapters.sqlalchemy.upgrade`, or :meth:`from_url`).
        policy: Customer-number prefix and width (seed 001).

    Examples:
        >>> archive = SqlArchive.from_url("sqlite://")
        >>> archive.count(Customer)
        0
    """

    def __init__(self, engine: sa.Engine, *, policy: ArchivePolicy = _DEFAULT_POLICY) -> None:
        self._engine = engine
        self._policy = policy
        self._local = threading.local()
        _use_real_sqlite_transactions(engine)

    @classmethod
    def from_url(
        cls, url: str, *, policy: ArchivePolicy = _DEFAULT_POLICY, create: bool = True
    ) -> SqlArchive:
        """Open the archive at a database URL, creating or upgrading its tables.

        ``sqlite://`` (in memory) gets a ``StaticPool`` so that every connection sees
        the same database. The CLI's default is ``sqlite:///autocrm.db``.

        Examples:
            >>> SqlArchive.from_url("sqlite://").engine.dialect.name
            'sqlite'
        """
        from autocrm.adapters.sqlalchemy import upgrade

        in_memory = url in ("sqlite://", "sqlite:///:memory:", "sqlite+pysqlite://")
        engine = sa.create_engine(url, poolclass=StaticPool) if in_memory else sa.create_engine(url)
        if create:
            upgrade(engine)
        return cls(engine, policy=policy)

    @property
    def engine(self) -> sa.Engine:
        """The engine the archive writes to."""
        return self._engine

    @property
    def policy(self) -> ArchivePolicy:
        """The archive policy (customer-number prefix and width)."""
        return self._policy

    # -- transactions ---------------------------------------------------------------

    @contextmanager
    def _begin(self, *, write: bool = False) -> Iterator[sa.Connection]:
        """The connection of the open unit of work, or a transaction of its own.

        On SQLite a writing transaction starts with ``BEGIN IMMEDIATE``: writers queue
        for the database lock instead of failing with "database is locked" when two
        of them read and then write at the same time.
        """
        current: sa.Connection | None = getattr(self._local, "connection", None)
        if current is not None:
            yield current
            return
        with self._engine.connect() as connection:
            if write:
                connection = connection.execution_options(**{_SQLITE_BEGIN: "IMMEDIATE"})
            with connection.begin():
                yield connection

    @contextmanager
    def unit_of_work(self) -> Iterator[SqlArchive]:
        """Group several writes in one database transaction: all or nothing.

        Inside the block the archive's methods (on this archive object, in this
        thread) use the same transaction; it is committed when the block ends and
        rolled back, writing nothing, if it raises (the exception propagates). A
        unit of work opened inside another is a SAVEPOINT: its failure undoes only
        its own writes.

        Examples:
            >>> from datetime import datetime
            >>> from autocrm.domain import CHINA_TZ
            >>> archive = SqlArchive.from_url("sqlite://")
            >>> at = datetime(2025, 10, 9, tzinfo=CHINA_TZ)
            >>> try:
            ...     with archive.unit_of_work() as uow:
            ...         _ = uow.add(Customer(name="张三"), actor="a", at=at)
            ...         raise RuntimeError("the phone line dropped")
            ... except RuntimeError:
            ...     pass
            >>> archive.count(Customer)
            0
        """
        current: sa.Connection | None = getattr(self._local, "connection", None)
        if current is not None:
            with current.begin_nested():
                yield self
            return
        with self._begin(write=True) as connection:
            self._local.connection = connection
            try:
                yield self
            finally:
                self._local.connection = None

    # -- writes ---------------------------------------------------------------------

    def _next_customer_number(self, connection: sa.Connection) -> str:
        # Seed 001: every archive gets a unique number, never given again, even after
        # a deletion: the counter row only goes up, inside the writing transaction
        # (a rolled-back add gives its number back, as it was never issued).
        seq = t.sequences
        bumped = connection.execute(
            seq.update().where(seq.c.name == _SEQUENCE).values(value=seq.c.value + 1)
        )
        if bumped.rowcount == 0:
            connection.execute(seq.insert().values(name=_SEQUENCE, value=1))
        value = connection.execute(
            sa.select(seq.c.value).where(seq.c.name == _SEQUENCE)
        ).scalar_one()
        return customer_number(value, self._policy)

    def _sequence(self, connection: sa.Connection) -> int:
        seq = t.sequences
        value = connection.execute(
            sa.select(seq.c.value).where(seq.c.name == _SEQUENCE)
        ).scalar_one_or_none()
        return int(value or 0)

    def _raise_sequence(self, connection: sa.Connection, value: int) -> None:
        seq = t.sequences
        current = connection.execute(
            sa.select(seq.c.value).where(seq.c.name == _SEQUENCE)
        ).scalar_one_or_none()
        if current is None:
            connection.execute(seq.insert().values(name=_SEQUENCE, value=value))
        elif current < value:
            connection.execute(seq.update().where(seq.c.name == _SEQUENCE).values(value=value))

    def _insert(self, connection: sa.Connection, spec: cv.EntitySpec[Any], obj: Any) -> None:
        rows = spec.from_domain(obj)
        connection.execute(spec.table.insert().values(**rows.main))
        for table, _ in spec.child_tables:
            children = rows.children.get(table.name, [])
            if children:
                connection.execute(table.insert(), children)

    def _audit(self, connection: sa.Connection, entries: Sequence[AuditEntry]) -> None:
        if entries:
            connection.execute(t.audit_entries.insert(), [cv.audit_from_domain(e) for e in entries])

    def add(self, obj: _T, *, actor: str, at: datetime) -> _T:
        """Store a new record and audit its creation; return it as stored (version 1).

        A customer with a blank number gets the next one (prefix + zero-padded
        sequence of :class:`~autocrm.rules.archive.ArchivePolicy`, never reused); one
        with a number keeps it, and a number of the archive's form moves the sequence
        past it.

        Raises:
            autocrm.ports.AlreadyExists: a record with that key is in the archive.
            autocrm.errors.InvalidFormat: ``actor`` is blank or ``at`` is not aware.
        """
        _check_who_when(actor, at)
        spec = _entity_spec(type(obj))
        with self._begin(write=True) as connection:
            if isinstance(obj, Customer):
                if not obj.number.strip():
                    obj = attrs.evolve(obj, number=self._next_customer_number(connection))
                else:
                    self._check_never_issued(connection, obj.number)
                    sequence = customer_sequence(obj.number, self._policy)
                    if sequence is not None:
                        self._raise_sequence(connection, sequence)
            key = None if spec.key is None else getattr(obj, spec.key)
            if hasattr(obj, "version"):
                # A record added again under a deleted key continues from its last version.
                last = 0 if key is None else self._deleted_version(connection, spec, key)
                obj = attrs.evolve(obj, version=last + 1)  # type: ignore[misc]
            if key is not None and self._exists(connection, spec, key):
                raise _exists(spec, key)
            self._insert(connection, spec, obj)
            self._audit(
                connection,
                [
                    AuditEntry(
                        at=at,
                        actor=actor,
                        entity=spec.entity,
                        entity_id=entity_id(obj),
                        action=AuditAction.CREATE,
                    )
                ],
            )
        return obj

    def _check_never_issued(self, connection: sa.Connection, number: str) -> None:
        """Refuse the number of a deleted customer: customer numbers are never reused."""
        audit = t.audit_entries
        issued = connection.execute(
            sa.select(sa.literal(1)).where(
                audit.c.entity == "customer", audit.c.entity_id == number
            )
        ).first()
        present = connection.execute(
            sa.select(sa.literal(1)).where(t.customers.c.number == number)
        ).first()
        if issued is not None and present is None:
            msg = (
                f"number: customer number {number} was issued before and deleted; "
                "customer numbers are never reused"
            )
            raise AlreadyExists(msg, entity="customer", entity_id=number)

    def _exists(self, connection: sa.Connection, spec: cv.EntitySpec[Any], key: str) -> bool:
        column = spec.table.c[spec.key]  # type: ignore[index]
        return connection.execute(sa.select(sa.literal(1)).where(column == key)).first() is not None

    def update(self, obj: _T, *, actor: str, at: datetime) -> _T:
        """Replace a stored record by ``obj`` if nobody changed it since it was read.

        ``obj.version`` must be the stored version; the record is written with
        version + 1 by ``UPDATE ... WHERE key = ? AND version = ?`` and one audit
        entry per changed field (old -> new as text). An update that changes
        nothing writes nothing and returns the stored record.

        Raises:
            autocrm.errors.ConcurrentUpdate: the stored version differs (another
                writer won); nothing is written.
            autocrm.errors.NotFound: no such record.
            TypeError: odometer readings are append only.
        """
        spec = _entity_spec(type(obj))
        if spec.key is None:
            msg = f"{spec.entity} records are append only; add a new one"
            raise UnsupportedType(msg, field="obj", value=obj)
        _check_who_when(actor, at)
        key: str = getattr(obj, spec.key)
        expected: int = getattr(obj, "version")  # noqa: B009
        with self._begin(write=True) as connection:
            old = self._get(connection, spec, key)
            if old.version != expected:
                raise _stale(spec, key, expected, old.version)
            changes = changed_fields(old, obj)
            if not changes:
                return old  # type: ignore[no-any-return]
            new = attrs.evolve(obj, version=expected + 1)  # type: ignore[misc]
            rows = spec.from_domain(new)
            key_column = spec.table.c[spec.key]
            result = connection.execute(
                spec.table.update()
                .where(key_column == key, spec.table.c.version == expected)
                .values(**rows.main)
            )
            if result.rowcount != 1:
                # Another writer committed between our read and our write.
                actual = connection.execute(
                    sa.select(spec.table.c.version).where(key_column == key)
                ).scalar_one_or_none()
                raise _stale(spec, key, expected, actual)
            for table, ref in spec.child_tables:
                connection.execute(table.delete().where(table.c[ref] == key))
                children = rows.children.get(table.name, [])
                if children:
                    connection.execute(table.insert(), children)
            self._audit(
                connection,
                [
                    AuditEntry(
                        at=at,
                        actor=actor,
                        entity=spec.entity,
                        entity_id=key,
                        field=name,
                        old=before,
                        new=after,
                        action=AuditAction.UPDATE,
                    )
                    for name, before, after in changes
                ],
            )
        return new

    def delete(self, kind: type[Any] | str, key: str, *, actor: str, at: datetime) -> None:
        """Remove a record and audit the deletion.

        Raises:
            autocrm.errors.NotFound: no such record.
        """
        spec = _entity_spec(kind)
        if spec.key is None:
            msg = f"{spec.entity} records are append only; they are not deleted"
            raise UnsupportedType(msg, field="kind", value=kind)
        require_key(key)
        _check_who_when(actor, at)
        with self._begin(write=True) as connection:
            version: int | None = None
            if "version" in spec.table.c:
                version = connection.execute(
                    sa.select(spec.table.c.version).where(spec.table.c[spec.key] == key)
                ).scalar_one_or_none()
            result = connection.execute(spec.table.delete().where(spec.table.c[spec.key] == key))
            if result.rowcount == 0:
                raise _not_found(spec, key)
            for table, ref in spec.child_tables:
                connection.execute(table.delete().where(table.c[ref] == key))
            entry = deletion_entry(spec.entity, key, version, actor=actor, at=at)
            self._audit(connection, [entry])

    def _deleted_version(self, connection: sa.Connection, spec: Any, key: str) -> int:
        audit = t.audit_entries
        old = connection.execute(
            sa.select(audit.c.old)
            .where(
                audit.c.entity == spec.entity,
                audit.c.entity_id == key,
                audit.c.action == AuditAction.DELETE.value,
                audit.c.field == DELETED_VERSION_FIELD,
            )
            .order_by(audit.c.id.desc())
            .limit(1)
        ).scalar_one_or_none()
        return int(old) if old is not None and str(old).isdigit() else 0

    # -- reads ----------------------------------------------------------------------

    def get(self, kind: type[_T] | str, key: str) -> _T:
        """Return the record of ``kind`` with that key.

        Raises:
            autocrm.errors.NotFound: no such record.
        """
        spec = _entity_spec(kind)
        require_key(key)
        with self._begin() as connection:
            return self._get(connection, spec, key)  # type: ignore[no-any-return]

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
        """Load the records matching ``where`` (a SQL condition), in insertion order."""
        query = sa.select(spec.table)
        if where is not None:
            query = query.where(where)
        rows = [dict(r) for r in connection.execute(query.order_by(spec.table.c.id)).mappings()]
        children = self._children(connection, spec, [r[spec.key] for r in rows] if spec.key else [])
        result = []
        for row in rows:
            own = (
                {name: by_key.get(row[spec.key], []) for name, by_key in children.items()}
                if spec.key
                else {}
            )
            result.append(spec.to_domain(row, own))
        return result

    def _children(
        self, connection: sa.Connection, spec: cv.EntitySpec[Any], keys: Sequence[str]
    ) -> dict[str, dict[str, list[dict[str, Any]]]]:
        found: dict[str, dict[str, list[dict[str, Any]]]] = {}
        for table, ref in spec.child_tables:
            by_key: dict[str, list[dict[str, Any]]] = {}
            for start in range(0, len(keys), _CHUNK):
                chunk = keys[start : start + _CHUNK]
                for row in connection.execute(
                    sa.select(table).where(table.c[ref].in_(chunk))
                ).mappings():
                    by_key.setdefault(row[ref], []).append(dict(row))
            found[table.name] = by_key
        return found

    def find(
        self, kind: type[_T] | str, where: Any = None, *, as_of: date | datetime | None = None
    ) -> list[_T]:
        """Return the records of ``kind`` matching the filter, in the order they were added.

        The filter compiles to a SQL WHERE clause (paths across a relation become
        joins); ``as_of`` anchors relative date windows.

        Examples:
            >>> from autocrm.query import F
            >>> SqlArchive.from_url("sqlite://").find(Customer, F.customer.name == "张三")
            []
        """
        from autocrm.adapters.sqlalchemy.query import compile_where

        spec = _entity_spec(kind)
        condition = None if where is None else compile_where(spec.entity, where, as_of=as_of)
        with self._begin() as connection:
            return self._load(connection, spec, condition)

    def count(
        self, kind: type[Any] | str, where: Any = None, *, as_of: date | datetime | None = None
    ) -> int:
        """Return how many records of ``kind`` match the filter (a SQL COUNT).

        Examples:
            >>> SqlArchive.from_url("sqlite://").count("vehicle")
            0
        """
        from autocrm.adapters.sqlalchemy.query import compile_where

        spec = _entity_spec(kind)
        query = sa.select(sa.func.count()).select_from(spec.table)
        if where is not None:
            query = query.where(compile_where(spec.entity, where, as_of=as_of))
        with self._begin() as connection:
            return int(connection.execute(query).scalar_one())

    def aggregate(
        self,
        kind: type[Any] | str,
        *,
        where: Any = None,
        group_by: Sequence[Any] = (),
        measures: Any = (),
        as_of: date | datetime | None = None,
    ) -> Any:
        """Compute measures (count, count distinct, sum of money) per group, in SQL.

        The same arguments and result as ``MemoryArchive.aggregate``; the database
        does the GROUP BY, COUNT(DISTINCT ...) and SUM (push-down).
        """
        from autocrm.adapters.sqlalchemy.query import run_aggregate

        spec = _entity_spec(kind)
        with self._begin() as connection:
            return run_aggregate(
                connection,
                spec.entity,
                where=where,
                group_by=group_by,
                measures=measures,
                as_of=as_of,
            )

    def audit_trail(
        self, entity: type[Any] | str | None = None, entity_id: str | None = None
    ) -> list[AuditEntry]:
        """Return the audit entries, oldest first, of one entity kind and/or record.

        Examples:
            >>> SqlArchive.from_url("sqlite://").audit_trail("customer", "C000001")
            []
        """
        query = sa.select(t.audit_entries)
        if entity is not None:
            name = entity if isinstance(entity, str) else _entity_spec(entity).entity
            query = query.where(t.audit_entries.c.entity == name)
        if entity_id is not None:
            query = query.where(t.audit_entries.c.entity_id == entity_id)
        with self._begin() as connection:
            rows = connection.execute(query.order_by(t.audit_entries.c.id)).mappings()
            return [cv.audit_to_domain(dict(r)) for r in rows]

    # -- whole archive --------------------------------------------------------------

    def snapshot(self) -> Snapshot:
        """Return every record and the whole audit trail, in one consistent read.

        ``customer_sequence`` is the last customer-number sequence value issued.

        Examples:
            >>> SqlArchive.from_url("sqlite://").snapshot().customer_sequence
            0
        """
        with self._engine.connect() as connection:
            if connection.dialect.name == "postgresql":
                # One consistent view of all tables while other writers go on.
                connection = connection.execution_options(isolation_level="REPEATABLE READ")
            with connection.begin():
                parts = {
                    collection: self._load(connection, spec)
                    for collection, spec in _COLLECTIONS.items()
                }
                audit = [
                    cv.audit_to_domain(dict(r))
                    for r in connection.execute(
                        sa.select(t.audit_entries).order_by(t.audit_entries.c.id)
                    ).mappings()
                ]
                sequence = self._sequence(connection)
        return Snapshot(audit=audit, customer_sequence=sequence, **parts)

    def restore(self, snapshot: Snapshot) -> None:
        """Load a snapshot into an empty archive, in one transaction.

        Versions, the audit trail and the customer-number sequence come back as they
        were (``restore(s)`` then ``snapshot() == s``); no audit entry is added. The
        sequence is the highest of the snapshot's ``customer_sequence`` and every
        number in its customers and audit trail, so no number is given twice.

        Raises:
            autocrm.ports.ArchiveNotEmpty: the archive holds records or audit entries.
            autocrm.ports.AlreadyExists: the snapshot repeats a key.
        """
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
        with self._begin(write=True) as connection:
            for table in (*(spec.table for spec in _COLLECTIONS.values()), t.audit_entries):
                if connection.execute(sa.select(sa.literal(1)).select_from(table)).first():
                    msg = (
                        f"restore needs an empty archive, but table {shown(table.name)} has rows; "
                        "restore into a new database"
                    )
                    raise ArchiveNotEmpty(msg)
            if self._sequence(connection):
                msg = "restore needs an empty archive, but customer numbers were issued"
                raise ArchiveNotEmpty(msg)
            for collection, spec in _COLLECTIONS.items():
                self._insert_many(connection, spec, getattr(snapshot, collection))
            if snapshot.audit:
                connection.execute(
                    t.audit_entries.insert(), [cv.audit_from_domain(e) for e in snapshot.audit]
                )
            issued = next_customer_sequence(
                snapshot.customers,
                snapshot.audit,
                self._policy,
                last_issued=snapshot.customer_sequence,
            )
            self._raise_sequence(connection, issued - 1)

    def _insert_many(
        self, connection: sa.Connection, spec: cv.EntitySpec[Any], objects: Iterable[Any]
    ) -> None:
        mains: list[dict[str, Any]] = []
        children: dict[str, list[dict[str, Any]]] = {
            table.name: [] for table, _ in spec.child_tables
        }
        for obj in objects:
            rows = spec.from_domain(obj)
            mains.append(rows.main)
            for name, items in rows.children.items():
                children[name].extend(items)
        if mains:
            connection.execute(spec.table.insert(), mains)
        for table, _ in spec.child_tables:
            if children[table.name]:
                connection.execute(table.insert(), children[table.name])


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


_SQLITE_BEGIN = "autocrm_sqlite_begin"


def _sqlite_begin(connection: sa.Connection) -> None:
    """Begin SQLite transactions explicitly (pysqlite's implicit BEGIN breaks SAVEPOINT).

    This is the recipe of the SQLAlchemy documentation ("Serializable isolation /
    Savepoints / Transactional DDL"): the driver's own transaction handling is
    switched off and the "begin" event emits ``BEGIN`` (``BEGIN IMMEDIATE`` for the
    archive's writes).
    """
    driver = connection.connection.driver_connection
    if getattr(driver, "isolation_level", None) is not None:
        driver.isolation_level = None  # type: ignore[union-attr]
    mode = connection.get_execution_options().get(_SQLITE_BEGIN, "")
    connection.exec_driver_sql(f"BEGIN {mode}".rstrip())


def _use_real_sqlite_transactions(engine: sa.Engine) -> None:
    if engine.dialect.name != "sqlite" or engine.dialect.driver != "pysqlite":
        return
    if not event.contains(engine, "begin", _sqlite_begin):
        event.listen(engine, "begin", _sqlite_begin)


def _check_who_when(actor: object, at: object) -> None:
    if not isinstance(actor, str) or not actor.strip():
        msg = (
            f"actor: expected the non-blank name or id of who makes the change, got {shown(actor)}"
        )
        raise InvalidFormat(msg, field="actor", value=actor)
    require_aware(at, "at")


def _exists(spec: cv.EntitySpec[Any], key: str) -> AlreadyExists:
    msg = f"{spec.key}: a {spec.entity} {shown(key)} is already in the archive"
    return AlreadyExists(msg, entity=spec.entity, entity_id=key)


def _not_found(spec: cv.EntitySpec[Any], key: str) -> NotFound:
    msg = f"no {spec.entity} {shown(key)} in the archive"
    return NotFound(msg)


def _stale(spec: cv.EntitySpec[Any], key: str, expected: int, actual: int | None) -> Exception:
    if actual is None:
        return _not_found(spec, key)
    msg = (
        f"{spec.entity} {shown(key)} was changed by someone else: you read version {expected}, "
        f"the archive holds version {actual}; read it again and redo the change"
    )
    return ConcurrentUpdate(
        msg, entity=spec.entity, entity_id=key, expected=expected, actual=actual
    )
