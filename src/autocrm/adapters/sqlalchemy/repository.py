"""SqlArchive: the customer archive kept in a SQL database through SQLAlchemy Core.

It offers the interface of
[`autocrm.adapters.memory.MemoryArchive`][autocrm.adapters.memory.MemoryArchive]: unique,
never-reused customer numbers, an audit entry for every change (who, when, which field,
old -> new; see [the archive rules][sources-archive-process]), optimistic versioning, and a
unit of work that commits all or nothing. Filters of [`autocrm.query`][autocrm.query] compile
to SQL ([`autocrm.adapters.sqlalchemy.query`][autocrm.adapters.sqlalchemy.query]), so ``find``,
``count`` and ``aggregate`` scan in the database, never in Python.

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

import gc
import json
import operator
import threading
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import date, datetime
from typing import Any, TypeVar

import attrs
import sqlalchemy as sa

from autocrm.adapters.json import SnapshotStream
from autocrm.adapters.sqlalchemy import convert as cv
from autocrm.adapters.sqlalchemy import tables as t
from autocrm.adapters.sqlalchemy.dialects import prepare_engine
from autocrm.adapters.sqlalchemy.encryption import (
    ENCRYPTED_FIELDS,
    HASHED_FIELDS,
    Cipher,
    cipher_of,
    hash_column_name,
    use_cipher,
)
from autocrm.adapters.sqlalchemy.engine import (
    DEFAULT_LOCK_TIMEOUT,
    SQLITE_BEGIN,
    archive_engine,
    has_savepoints,
    use_real_sqlite_transactions,
)
from autocrm.adapters.sqlalchemy.schemas import (
    check_schema_name,
    in_schema,
    qualified_name,
    schema_applied,
    schema_of,
)
from autocrm.adapters.sqlalchemy.store_errors import Failure, field_of_bad_value, store_error
from autocrm.domain import AuditAction, AuditEntry, Customer, FleetAccount, Snapshot, Vehicle
from autocrm.domain.checks import expect
from autocrm.domain.time import require_aware
from autocrm.erasure import erasure_entry, plan_erasure
from autocrm.errors import (
    AutocrmError,
    ConcurrentUpdate,
    EncryptionError,
    InvalidFormat,
    NotFound,
    NotSupported,
    StoreError,
    StoreNotFound,
    StoreOutOfDate,
    UnsupportedType,
    ValidationError,
    shown,
)
from autocrm.ports import (
    DELETED_VERSION_FIELD,
    MAX_CUSTOMER_SEQUENCE,
    AlreadyExists,
    ArchiveNotEmpty,
    changed_fields,
    customer_number,
    customer_sequence,
    deletion_entry,
    entity_id,
    next_customer_sequence,
    require_customer_number,
    require_key,
    require_snapshot,
)
from autocrm.rules.archive import ArchivePolicy
from autocrm.rules.merge_result import MOVED_TYPES, MergePlan, MergeResult, read_merge_entry
from autocrm.rules.merging import follow_merges, plan_merge
from autocrm.rules.unmerging import plan_unmerge

__all__ = ["SqlArchive"]

_T = TypeVar("_T")

#: Rows fetched per round trip when child rows are loaded for a list of keys.
_CHUNK = 500
_SEQUENCE = "customer_number"
_DEFAULT_POLICY = ArchivePolicy()
_NO_CONTEXT = Failure()


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
    """The archive in a SQL database (SQLite, PostgreSQL, DuckDB or another SQLAlchemy dialect).

    Args:
        engine: A SQLAlchemy engine; the tables must exist (see
            [`autocrm.adapters.sqlalchemy.upgrade`][autocrm.adapters.sqlalchemy.upgrade], or
            [`from_url`][autocrm.adapters.sqlalchemy.repository.SqlArchive.from_url]).
        policy: Customer-number prefix and width.
        cipher: A [`FieldCipher`][autocrm.adapters.crypto.FieldCipher] (extra ``crypto``):
            the customers' resident ID, tax number, phones, bank account, addresses
            and contacts, and the audit trail's values, are stored encrypted under
            it (see
            [`autocrm.adapters.sqlalchemy.encryption`][autocrm.adapters.sqlalchemy.encryption]). It
            is attached to the engine, so every archive on that engine uses it.
        schema: The database schema the archive's tables live in (PostgreSQL and
            DuckDB; see [`schemas`][autocrm.adapters.sqlalchemy.schemas]); None: the
            connection's default schema.
        trusted_reads: Build the records read back without validating them again
            when the database is at this autocrm's schema revision (the default:
            the archive validated them when it wrote them; see the performance
            guide). False validates every record read, for a database someone
            may have written to by other means.

    Examples:
        >>> archive = SqlArchive.from_url("sqlite://")
        >>> archive.count(Customer)
        0
    """

    def __init__(
        self,
        engine: sa.Engine,
        *,
        policy: ArchivePolicy = _DEFAULT_POLICY,
        cipher: Cipher | None = None,
        schema: str | None = None,
        trusted_reads: bool = True,
    ) -> None:
        expect(engine, sa.Engine, field="engine")
        _require_flag(trusted_reads, "trusted_reads")
        # None: decided on the first read, from the schema revision (see _vouched).
        self._trusted_reads: bool | None = None if trusted_reads else False
        use_real_sqlite_transactions(engine)
        prepare_engine(engine)
        if cipher is not None:
            use_cipher(engine, cipher)
        self._engine = in_schema(engine, schema)
        self._schema = schema_of(self._engine)
        self._policy = policy
        self._local = threading.local()
        self._joined: sa.Connection | None = None

    @classmethod
    def from_url(
        cls,
        url: str,
        *,
        policy: ArchivePolicy = _DEFAULT_POLICY,
        create: bool = True,
        lock_timeout: float | None = DEFAULT_LOCK_TIMEOUT,
        statement_timeout: float | None = None,
        cipher: Cipher | None = None,
        schema: str | None = None,
        trusted_reads: bool = True,
        **engine_options: Any,
    ) -> SqlArchive:
        """Open the archive at a database URL; with ``create`` make or upgrade its tables.

        ``sqlite://`` and ``duckdb:///:memory:`` (in memory) get a ``StaticPool`` so
        that every connection sees the same database; ``duckdb:///shop.duckdb`` is a
        DuckDB file (extra ``duckdb``). The CLI's default is ``sqlite:///autocrm.db``.

        With ``create=False`` (to read, or to write into an archive that must exist)
        nothing is created or migrated: a SQLite file is opened read-write and never
        made, and a database without the archive's tables, or with older ones, is
        refused.

        Args:
            url: A SQLAlchemy database URL.
            policy: Customer-number prefix and width.
            create: Create the tables, or bring them to the newest revision, in one
                transaction (the default); False opens an existing archive only.
            lock_timeout: Seconds a write waits for a lock another writer holds
                (SQLite: the busy timeout) before ``StoreTimeout``. None: SQLite
                waits without limit; PostgreSQL keeps the server's setting.
            statement_timeout: Seconds a statement may run before ``StoreTimeout``
                (PostgreSQL only); None keeps the server's setting (no limit by
                default).
            cipher: Store personal fields encrypted under this cipher (extra
                ``crypto``; see [`SqlArchive`][autocrm.adapters.sqlalchemy.repository.SqlArchive]).
            schema: Keep the archive's tables in this database schema (PostgreSQL
                and DuckDB; created if missing), apart from an application's own.
            trusted_reads: See [`SqlArchive`][autocrm.adapters.sqlalchemy.SqlArchive].
            **engine_options: Passed to `sqlalchemy.create_engine`;
                ``pool_pre_ping`` is True unless given.

        Raises:
            autocrm.errors.StoreNotFound: ``create=False`` and there is no database,
                or it holds no archive.
            autocrm.errors.StoreOutOfDate: ``create=False`` and the tables are at an
                older revision (run ``autocrm upgrade``).
            autocrm.errors.StoreUnavailable: the database cannot be reached.
            autocrm.errors.StoreError: the database failed otherwise, or its driver
                is not installed.
            autocrm.errors.ValidationError: the URL or a timeout is not valid.

        Examples:
            >>> SqlArchive.from_url("sqlite://").engine.dialect.name
            'sqlite'
            >>> SqlArchive.from_url("sqlite://", lock_timeout=5).count(Customer)
            0
        """
        url_shown = _shown_url(url)
        expect(create, bool, field="create")
        _require_flag(trusted_reads, "trusted_reads")
        try:
            engine = archive_engine(
                url,
                create=create,
                lock_timeout=lock_timeout,
                statement_timeout=statement_timeout,
                **engine_options,
            )
        except AutocrmError:
            raise
        except (sa.exc.ArgumentError, TypeError, ValueError) as exc:
            msg = f"url: not a database URL SQLAlchemy knows: {shown(url_shown)} ({exc})"
            raise ValidationError(msg, field="url", value=url_shown) from exc
        except ImportError as exc:
            msg = f"the database driver for {url_shown} is not installed: {exc}"
            raise StoreError(msg) from exc
        try:
            placed = in_schema(engine, schema)
            _check_schema(placed, url_shown, create=create)
            if create:
                from autocrm.adapters.sqlalchemy import upgrade

                upgrade(placed)
        except sa.exc.SQLAlchemyError as exc:
            engine.dispose()
            raise store_error(exc, Failure(opening=not create, url=url_shown)) from exc
        except AutocrmError:
            engine.dispose()
            raise
        return cls(engine, policy=policy, cipher=cipher, schema=schema, trusted_reads=trusted_reads)

    @classmethod
    def from_connection(
        cls,
        connection: sa.Connection,
        *,
        policy: ArchivePolicy = _DEFAULT_POLICY,
        cipher: Cipher | None = None,
        schema: str | None = None,
        trusted_reads: bool = True,
    ) -> SqlArchive:
        """An archive that works inside an application's own transaction on ``connection``.

        Every operation of the archive runs on ``connection``, in a SAVEPOINT of the
        transaction the application has begun (or that SQLAlchemy begins on first
        use): an operation that raises undoes only its own writes, and the
        application commits or rolls back the whole — its own writes and the
        archive's together. The archive never commits, and never closes the
        connection. Its tables must exist already (create them beforehand with
        [`upgrade`][autocrm.adapters.sqlalchemy.upgrade], or through the
        application's Alembic; see the embedding guide). DuckDB has no SAVEPOINT:
        there an operation the database refuses spoils the application's transaction.

        On SQLite the engine of ``connection`` is switched to explicit transactions
        (as every archive engine is) the first time; open the application's
        connection after that, or its SAVEPOINTs do not work.

        Args:
            connection: The application's connection.
            policy: Customer-number prefix and width.
            cipher: Store personal fields encrypted under this cipher.
            schema: The schema of the archive's tables; the application's own
                statements on ``connection`` are not affected.
            trusted_reads: See [`SqlArchive`][autocrm.adapters.sqlalchemy.SqlArchive].

        Raises:
            autocrm.errors.ValidationError: ``connection`` is not a SQLAlchemy
                connection, or ``schema`` is not a plain identifier.
            autocrm.errors.NotSupported: a schema on SQLite.

        Examples:
            >>> from datetime import datetime
            >>> from autocrm.domain import CHINA_TZ
            >>> engine = SqlArchive.from_url("sqlite://").engine
            >>> at = datetime(2025, 10, 9, 10, tzinfo=CHINA_TZ)
            >>> with engine.connect() as connection:
            ...     archive = SqlArchive.from_connection(connection)
            ...     _ = archive.add(Customer(name="张三"), actor="王芳", at=at)
            ...     connection.rollback()  # the application changes its mind
            >>> SqlArchive(engine).count(Customer)
            0
        """
        if not isinstance(connection, sa.Connection):
            msg = f"connection: expected a SQLAlchemy Connection, got {shown(connection)}"  # type: ignore[unreachable]
            raise ValidationError(msg, field="connection", value=connection)
        if schema is not None:
            check_schema_name(schema, dialect=connection.dialect.name)
        archive = cls(
            connection.engine,
            policy=policy,
            cipher=cipher,
            schema=schema,
            trusted_reads=trusted_reads,
        )
        archive._joined = connection
        return archive

    @property
    def engine(self) -> sa.Engine:
        """The engine the archive writes to."""
        return self._engine

    @property
    def policy(self) -> ArchivePolicy:
        """The archive policy (customer-number prefix and width)."""
        return self._policy

    @property
    def encrypted(self) -> bool:
        """Whether the archive writes personal fields encrypted (its engine has a cipher).

        Examples:
            >>> SqlArchive.from_url("sqlite://").encrypted
            False
        """
        return cipher_of(self._engine) is not None

    def rotate_key(self) -> int:
        """Re-encrypt every encrypted value under the cipher's current key; recompute hashes.

        Run it after making a new key current (the cipher still holding the old
        keys), after changing the look-up key, or to encrypt an archive written
        before encryption was switched on. One transaction: all values move or none
        does. Afterwards the old keys are no longer needed.

        Returns:
            The number of rows rewritten (customers and audit entries).

        Raises:
            autocrm.errors.EncryptionError: the archive has no cipher, or a stored
                value is encrypted under a key the cipher does not hold.

        Examples:
            >>> from autocrm.adapters.crypto import FieldCipher, generate_key
            >>> old = generate_key()
            >>> archive = SqlArchive.from_url("sqlite://", cipher=FieldCipher(
            ...     keys={"k1": old}, current="k1", lookup_key=bytes(16)))
            >>> archive.rotate_key()
            0
        """
        if not self.encrypted:
            msg = "cipher: the archive has no FieldCipher; open it with cipher=... to rotate"
            raise EncryptionError(msg, field="cipher")
        with self._begin(write=True) as connection:
            rows = _reencrypt(connection, t.customers, ENCRYPTED_FIELDS, HASHED_FIELDS)
            return rows + _reencrypt(connection, t.audit_entries, ("old", "new"), ())

    # -- transactions ---------------------------------------------------------------

    @contextmanager
    def reading(self) -> Iterator[sa.Connection]:
        """Open a connection to read the archive's tables with (for SQL built elsewhere).

        The statistics and rule twins of the SQL adapter run their own ``SELECT``
        through it. Outside a unit of work the read gets a transaction of its own
        (one consistent view of the tables); inside one it reads the unit's
        uncommitted writes. A database error becomes an autocrm error, as in every
        other archive operation. Write through the archive's methods, never through
        this connection.

        Yields:
            The connection.

        Examples:
            >>> archive = SqlArchive.from_url("sqlite://")
            >>> with archive.reading() as connection:
            ...     connection.execute(sa.select(sa.func.count()).select_from(t.customers)).scalar()
            0
        """
        with self._begin() as connection:
            yield connection

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
    def unit_of_work(self) -> Iterator[SqlArchive]:
        """Group several writes in one database transaction: all or nothing.

        Inside the block the archive's methods (on this archive object, in this
        thread) use the same transaction; it is committed when the block ends and
        rolled back, writing nothing, if it raises (the exception propagates). A
        unit of work opened inside another is a SAVEPOINT: its failure undoes only
        its own writes.

        Each operation inside runs in a savepoint of its own: one that raises
        (refused by the archive or by the database) writes nothing, and the writes
        that did not raise are committed with the block. If the database fails in a
        way no savepoint can contain (the connection is lost), the block raises a
        [`StoreError`][autocrm.errors.StoreError] at its end, even if the error was
        caught inside, and nothing is stored.

        DuckDB has no SAVEPOINT: there a unit of work opened inside another is
        refused ([`NotSupported`][autocrm.errors.NotSupported], raised inside the outer
        block, so unless caught the outer one is rolled back too), and an operation
        the database refuses spoils the whole unit of work (it raises
        [`StoreError`][autocrm.errors.StoreError] at its end, as when the connection is
        lost); a single unit of work is all or nothing as on every engine.

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
        if current is None and self._joined is not None:
            with self._joined_unit_of_work(self._joined):
                yield self
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
                    yield self
            except sa.exc.SQLAlchemyError as exc:
                raise store_error(exc, _NO_CONTEXT) from exc
            return
        try:
            with self._engine.connect() as connection:
                connection = connection.execution_options(**{SQLITE_BEGIN: "IMMEDIATE"})
                with connection.begin():
                    self._local.connection, self._local.failure = connection, None
                    try:
                        yield self
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

    def _audit(self, connection: sa.Connection, entries: Sequence[AuditEntry]) -> None:
        if entries:
            connection.execute(t.audit_entries.insert(), [cv.audit_from_domain(e) for e in entries])

    def add(self, obj: _T, *, actor: str, at: datetime) -> _T:
        """Store a new record and audit its creation; return it as stored (version 1).

        A customer with a blank number gets the next one (prefix + zero-padded
        sequence of [`ArchivePolicy`][autocrm.rules.archive.ArchivePolicy], never reused); one
        with a number keeps it, and a number of the archive's form moves the sequence
        past it.

        Raises:
            autocrm.ports.AlreadyExists: a record with that key is in the archive.
            autocrm.errors.InvalidFormat: ``actor`` is blank or ``at`` is not aware.
        """
        _check_who_when(actor, at)
        spec = _entity_spec(type(obj))
        sequence = (
            customer_sequence(obj.number, self._policy) if isinstance(obj, Customer) else None
        )
        with self._begin(write=True, failure=_writing(spec, obj)) as connection:
            if isinstance(obj, Customer):
                if not obj.number.strip():
                    obj = attrs.evolve(obj, number=self._next_customer_number(connection))
                else:
                    self._check_never_issued(connection, obj.number)
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
        with self._begin(write=True, failure=_writing(spec, obj)) as connection:
            old = self._get(connection, spec, key)
            if old.version != expected:
                raise _stale(spec, key, expected, old.version)
            changes = changed_fields(old, obj)
            if not changes:
                return old  # type: ignore[no-any-return]
            new = attrs.evolve(obj, version=expected + 1)  # type: ignore[misc]
            rows = spec.from_domain(new)
            _check_columns_hold(spec, rows)
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
        with self._begin(write=True, failure=Failure(entity=spec.entity, key=key)) as connection:
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

    def anonymise(self, number: str, *, actor: str, at: datetime, reason: str) -> Customer:
        """Erase a customer's personal data (PIPL), here and in the audit trail.

        In one transaction: the record is anonymised, the plates of the customer's
        vehicles and the names of its fleet accounts go, the values of every earlier
        audit entry of those records on those fields become ``[erased]`` (rows
        updated in place), and one ANONYMISE entry records who, when and why (see
        [`autocrm.erasure`][autocrm.erasure]). Changed records get a new version, so a copy read
        before cannot write the old values back. Erasing an erased customer writes
        nothing.

        Returns:
            The anonymised customer as stored.

        Raises:
            autocrm.errors.NotFound: no customer with that number.
            autocrm.errors.InvalidFormat: ``actor`` or ``reason`` blank, ``at`` naive.

        Examples:
            >>> from datetime import datetime
            >>> from autocrm.domain import CHINA_TZ
            >>> archive = SqlArchive.from_url("sqlite://")
            >>> at = datetime(2026, 1, 5, 9, 0, tzinfo=CHINA_TZ)
            >>> c = archive.add(Customer(name="王建国", mobile="13800138000"), actor="a", at=at)
            >>> archive.anonymise(c.number, actor="a", at=at, reason="客户要求删除").mobile is None
            True
        """
        _check_who_when(actor, at)
        entry = erasure_entry(number, actor=actor, at=at, reason=reason)
        customers: cv.EntitySpec[Customer] = _entity_spec("customer")
        vehicles: cv.EntitySpec[Vehicle] = _entity_spec("vehicle")
        fleets: cv.EntitySpec[FleetAccount] = _entity_spec("fleet_account")
        audit = t.audit_entries
        with self._begin(write=True) as connection:
            stored: Customer = self._get(connection, customers, number)
            related = [
                *self._load(connection, vehicles, vehicles.table.c.customer_number == number),
                *self._load(connection, fleets, fleets.table.c.customer_number == number),
            ]
            owners = [
                sa.and_(audit.c.entity == "customer", audit.c.entity_id == number),
                *(
                    sa.and_(audit.c.entity == spec.entity, audit.c.entity_id.in_(keys))
                    for spec, keys in (
                        (vehicles, [r.vin for r in related if isinstance(r, Vehicle)]),
                        (fleets, [r.number for r in related if isinstance(r, FleetAccount)]),
                    )
                    if keys
                ),
            ]
            rows = connection.execute(
                sa.select(audit).where(sa.or_(*owners)).order_by(audit.c.id)
            ).mappings()
            ids, trail = [], []
            for row in rows:
                ids.append(row["id"])
                trail.append(cv.audit_to_domain(dict(row)))
            plan = plan_erasure(stored, related, trail, policy=self._policy)
            if not plan.needed:
                return stored
            result = stored
            if plan.customer_changed:
                result = self._rewrite(connection, customers, plan.customer)
            for record in plan.records:
                self._rewrite(connection, _entity_spec(type(record)), record)
            for position, clean in plan.scrubbed:
                connection.execute(
                    audit.update()
                    .where(audit.c.id == ids[position])
                    .values(old=clean.old, new=clean.new)
                )
            self._audit(connection, [entry])
        return result

    def _rewrite(self, connection: sa.Connection, spec: cv.EntitySpec[Any], record: Any) -> Any:
        """Store ``record`` (as read, same version) with version + 1; no audit entry."""
        assert spec.key is not None  # only keyed records are rewritten
        key = getattr(record, spec.key)
        new = attrs.evolve(record, version=record.version + 1)
        rows = spec.from_domain(new)
        result = connection.execute(
            spec.table.update()
            .where(spec.table.c[spec.key] == key, spec.table.c.version == record.version)
            .values(**rows.main)
        )
        if result.rowcount != 1:
            actual = connection.execute(
                sa.select(spec.table.c.version).where(spec.table.c[spec.key] == key)
            ).scalar_one_or_none()
            raise _stale(spec, key, record.version, actual)
        for table, ref in spec.child_tables:
            connection.execute(table.delete().where(table.c[ref] == key))
            children = rows.children.get(table.name, [])
            if children:
                connection.execute(table.insert(), children)
        return new

    def merge(
        self, survivor: str, duplicate: str, *, actor: str, at: datetime, reason: str
    ) -> MergeResult:
        """Merge the customer ``duplicate`` into ``survivor``; return what moved.

        In one transaction (see [`autocrm.rules.merging`][autocrm.rules.merging]): the duplicate's
        records move to the survivor, which gains its tags, contacts and opt-outs;
        the duplicate stays as a MERGED record; one MERGE audit entry lists what
        moved. Each record is written over the version read, so a writer that
        changed one meanwhile makes the merge fail whole (``ConcurrentUpdate``).

        Raises:
            autocrm.errors.NotFound: either customer is not in the archive.
            autocrm.errors.MergeRefused: the same customer, one already merged or
                erased, or a person and a company; nothing written.
            autocrm.errors.InvalidFormat: ``actor`` or ``reason`` blank, ``at`` naive.

        Examples:
            >>> from datetime import datetime
            >>> from autocrm.domain import CHINA_TZ, Vehicle
            >>> archive = SqlArchive.from_url("sqlite://")
            >>> at = datetime(2026, 3, 2, 9, 30, tzinfo=CHINA_TZ)
            >>> s = archive.add(Customer(name="王建国", mobile="13800138000"), actor="a", at=at)
            >>> d = archive.add(Customer(name="王建国"), actor="a", at=at)
            >>> _ = archive.add(Vehicle("LFV2A21K3D3109826", d.number), actor="a", at=at)
            >>> archive.merge(s.number, d.number, actor="客服-李娜", at=at,
            ...               reason="同一车主").summary()
            'C000002 merged into C000001: 1 vehicle'
            >>> archive.get(Customer, "C000002").number
            'C000001'
        """
        require_customer_number(survivor, "survivor")
        require_customer_number(duplicate, "duplicate")
        _check_who_when(actor, at)
        customers: cv.EntitySpec[Customer] = _entity_spec("customer")
        with self._begin(write=True) as connection:
            kept = self._get(connection, customers, survivor)
            gone = self._get(connection, customers, duplicate)
            related: list[Any] = []
            for kind in MOVED_TYPES:
                spec: cv.EntitySpec[Any] = _entity_spec(kind)
                related += self._load(connection, spec, spec.table.c.customer_number == duplicate)
            plan = plan_merge(kept, gone, related, actor=actor, at=at, reason=reason)
            self._apply_merge(connection, plan)
        return plan.result

    def unmerge(self, duplicate: str, *, actor: str, at: datetime, reason: str) -> MergeResult:
        """Undo the merge of ``duplicate``: every record back exactly as before it.

        Possible while nothing the merge touched has changed since; one transaction,
        one UNMERGE audit entry (the MERGE entry stays).

        Raises:
            autocrm.errors.NotFound: no such customer.
            autocrm.errors.UnmergeRefused: not merged, or changed since; nothing written.
            autocrm.errors.InvalidFormat: ``actor`` or ``reason`` blank, ``at`` naive.

        Examples:
            >>> from datetime import datetime
            >>> from autocrm.domain import CHINA_TZ
            >>> archive = SqlArchive.from_url("sqlite://")
            >>> at = datetime(2026, 3, 2, 9, 30, tzinfo=CHINA_TZ)
            >>> for name in ("王建国", "王建国"):
            ...     _ = archive.add(Customer(name=name), actor="a", at=at)
            >>> _ = archive.merge("C000001", "C000002", actor="a", at=at, reason="同一车主")
            >>> archive.unmerge("C000002", actor="a", at=at, reason="不是同一人").summary()
            'C000002 parted from C000001 again: no records moved'
        """
        # Imported here: the rest of the module's imports belong to the bulk write path.
        from autocrm.rules.unmerging import no_merge_to_undo

        require_customer_number(duplicate, "duplicate")
        _check_who_when(actor, at)
        customers: cv.EntitySpec[Customer] = _entity_spec("customer")
        audit = t.audit_entries
        with self._begin(write=True) as connection:
            gone = self._get(connection, customers, duplicate)
            row = None
            if gone.merged:
                row = (
                    connection.execute(
                        sa.select(audit)
                        .where(
                            audit.c.entity == "customer",
                            audit.c.entity_id == duplicate,
                            audit.c.action == AuditAction.MERGE.value,
                        )
                        .order_by(audit.c.id.desc())
                        .limit(1)
                    )
                    .mappings()
                    .first()
                )
            if row is None:
                raise no_merge_to_undo(gone)
            merge = read_merge_entry(cv.audit_to_domain(dict(row)))
            kept = self._get(connection, customers, merge.survivor)
            keys: dict[str, list[str]] = {}
            for entity, key in merge.moved_keys():
                keys.setdefault(entity, []).append(key)
            moved: list[Any] = []
            later: list[tuple[int, AuditEntry]] = []
            involved = {"customer": [merge.survivor, merge.duplicate], **keys}
            for entity, wanted in involved.items():
                spec: cv.EntitySpec[Any] = _entity_spec(entity)
                for start in range(0, len(wanted), _CHUNK):
                    chunk = wanted[start : start + _CHUNK]
                    if entity != "customer":
                        column = spec.table.c[spec.key]  # type: ignore[index]
                        moved += self._load(connection, spec, column.in_(chunk))
                    later += [
                        (r["id"], cv.audit_to_domain(dict(r)))
                        for r in connection.execute(
                            sa.select(audit).where(
                                audit.c.id > row["id"],
                                audit.c.entity == entity,
                                audit.c.entity_id.in_(chunk),
                            )
                        ).mappings()
                    ]
            later.sort(key=lambda item: item[0])
            plan = plan_unmerge(
                merge,
                kept,
                gone,
                moved,
                [entry for _, entry in later],
                actor=actor,
                at=at,
                reason=reason,
            )
            self._apply_merge(connection, plan)
        return plan.result

    def _apply_merge(self, connection: sa.Connection, plan: MergePlan) -> None:
        """Store every record of a merge or un-merge plan over the version read; audit it."""
        for before, after in plan.changes:
            spec = _entity_spec(type(after))
            assert spec.key is not None  # only keyed records move
            key = getattr(after, spec.key)
            rows = spec.from_domain(after)
            _check_columns_hold(spec, rows)
            result = connection.execute(
                spec.table.update()
                .where(spec.table.c[spec.key] == key, spec.table.c.version == before.version)
                .values(**rows.main)
            )
            if result.rowcount != 1:
                actual = connection.execute(
                    sa.select(spec.table.c.version).where(spec.table.c[spec.key] == key)
                ).scalar_one_or_none()
                raise _stale(spec, key, before.version, actual)
            if rows.children == spec.from_domain(before).children:
                continue  # a moved record's children are keyed by its own key: unchanged
            for table, ref in spec.child_tables:
                connection.execute(table.delete().where(table.c[ref] == key))
                children = rows.children.get(table.name, [])
                if children:
                    connection.execute(table.insert(), children)
        self._audit(connection, [plan.entry])

    # -- reads ----------------------------------------------------------------------

    def get(self, kind: type[_T] | str, key: str) -> _T:
        """Return the record of ``kind`` with that key.

        The number of a MERGED customer gives the customer it was merged into.

        Raises:
            autocrm.errors.NotFound: no such record.
        """
        spec = _entity_spec(kind)
        require_key(key)
        with self._begin() as connection:
            found = self._get(connection, spec, key)
            if isinstance(found, Customer) and found.merged:
                return follow_merges(  # type: ignore[return-value]
                    found,
                    lambda number: next(
                        iter(self._load(connection, spec, spec.table.c.number == number)), None
                    ),
                )
            return found  # type: ignore[no-any-return]

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
        """
        query = sa.select(spec.table)
        if where is not None:
            query = query.where(where)
        with _collector_paused():
            rows = _rows(connection, query.order_by(spec.table.c.id))
            if not rows:
                return []
            children = self._children(connection, spec, where)
            return self._build(connection, spec, rows, children)

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

    def _vouched(self, connection: sa.Connection) -> bool:
        """Whether rows read from this archive may be built without validating them again.

        Every row of the archive's tables was written by the archive itself from a
        domain object that had passed its validators, into tables whose
        schema revision is the one this autocrm writes: such a row is what those
        validators produced, and checking it again on every read only costs time. A
        database at another revision, or an archive opened with ``trusted_reads=False``
        (rows written by other means, say by hand in SQL), is read through the
        validating constructors. Asked once per archive.
        """
        if self._trusted_reads is None:
            from alembic.runtime.migration import MigrationContext

            from autocrm.adapters.sqlalchemy import head_revision

            context = MigrationContext.configure(
                connection, opts={"version_table": "autocrm_alembic_version"}
            )
            self._trusted_reads = context.get_current_revision() == head_revision()
        return self._trusted_reads

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
        condition = (
            None
            if where is None
            else compile_where(spec.entity, where, as_of=as_of, encrypted=self.encrypted)
        )
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
            query = query.where(
                compile_where(spec.entity, where, as_of=as_of, encrypted=self.encrypted)
            )
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
                encrypted=self.encrypted,
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
            expect(entity_id, str, field="entity_id")
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
        try:
            with self._reading() as connection, _collector_paused():
                parts = {
                    collection: self._load(connection, spec)
                    for collection, spec in _COLLECTIONS.items()
                }
                trusted = self._vouched(connection)
                audit = [
                    cv.audit_to_domain(row, trusted=trusted)
                    for row in _rows(
                        connection, sa.select(t.audit_entries).order_by(t.audit_entries.c.id)
                    )
                ]
                sequence = self._sequence(connection)
                return Snapshot(audit=audit, customer_sequence=sequence, **parts)
        except sa.exc.SQLAlchemyError as exc:
            raise store_error(exc, _NO_CONTEXT) from exc

    @contextmanager
    def stream(self, *, chunk_size: int = 10_000) -> Iterator[SnapshotStream]:
        """Read the whole archive record by record, in one consistent read.

        The records and the audit trail are those ``snapshot()`` would return, in
        the same order, but fetched ``chunk_size`` records at a time (with their
        child rows: one query per table and chunk), so memory does not grow with
        the archive. For backups: ``export_jsonl(records, path)`` writes the bytes
        it writes from a snapshot. Iterate inside the ``with`` block; the read
        transaction ends with it.

        Raises:
            autocrm.errors.InvalidFormat: ``chunk_size`` is not a whole number >= 1.
            autocrm.errors.StoreError: the database failed.

        Examples:
            >>> from datetime import datetime
            >>> from autocrm.domain import CHINA_TZ
            >>> archive = SqlArchive.from_url("sqlite://")
            >>> _ = archive.add(Customer(name="王建国"), actor="客服-李娜",
            ...                 at=datetime(2025, 10, 9, 10, 0, tzinfo=CHINA_TZ))
            >>> with archive.stream() as records:
            ...     [c.name for c in records.records("customers")], records.customer_sequence
            (['王建国'], 1)
        """
        if isinstance(chunk_size, bool) or not isinstance(chunk_size, int) or chunk_size < 1:
            msg = f"chunk_size: expected a whole number >= 1, got {shown(chunk_size)}"
            raise InvalidFormat(msg, field="chunk_size", value=chunk_size)
        try:
            with self._reading() as connection:
                yield _ArchiveStream(self, connection, chunk_size)
        except sa.exc.SQLAlchemyError as exc:
            raise store_error(exc, _NO_CONTEXT) from exc

    def _chunks(
        self, connection: sa.Connection, spec: cv.EntitySpec[Any] | None, chunk_size: int
    ) -> Iterator[Any]:
        """The records of ``spec`` (None: the audit trail) in insertion order, by chunks."""
        table = t.audit_entries if spec is None else spec.table
        last: int | None = None
        while True:
            query = sa.select(table).order_by(table.c.id).limit(chunk_size)
            if last is not None:
                query = query.where(table.c.id > last)
            with _collector_paused():  # built whole, then handed over with the collector on
                rows = _rows(connection, query)
                if not rows:
                    return
                high = rows[-1]["id"]
                if spec is None:
                    trusted = self._vouched(connection)
                    records = [cv.audit_to_domain(row, trusted=trusted) for row in rows]
                else:
                    window = (
                        table.c.id <= high if last is None else table.c.id.between(last + 1, high)
                    )
                    children = self._children(connection, spec, window)
                    records = self._build(connection, spec, rows, children)
            yield from records
            last = high

    def restore(self, snapshot: Snapshot | SnapshotStream, *, chunk_size: int = 10_000) -> None:
        """Load a snapshot, or a stream of one, into an empty archive, in one transaction.

        Versions, the audit trail and the customer-number sequence come back as they
        were (``restore(s)`` then ``snapshot() == s``); no audit entry is added. The
        sequence is the highest of the snapshot's ``customer_sequence`` and every
        number in its customers and audit trail, so no number is given twice.

        The records are written ``chunk_size`` at a time with one bulk statement per
        table (SQLite ``executemany``, PostgreSQL ``COPY``, DuckDB an Arrow table). A
        [`SnapshotStream`][autocrm.adapters.json.SnapshotStream] (a backup read by
        [`stream_jsonl`][autocrm.adapters.json.stream_jsonl], or another archive's
        ``stream()``) is consumed a chunk at a time, so memory does not grow with the
        size of the backup. Whatever raises on the way (a repeated key, a damaged
        record of the stream, the database), nothing is written.

        Raises:
            autocrm.ports.ArchiveNotEmpty: the archive holds records or audit entries.
            autocrm.ports.AlreadyExists: the snapshot repeats a key.
            autocrm.errors.InvalidFormat: ``snapshot`` is neither a Snapshot nor a
                stream of one, or a streamed record is not of its collection's type.

        Examples:
            >>> from autocrm.domain import CHINA_TZ
            >>> source = SqlArchive.from_url("sqlite://")
            >>> _ = source.add(Customer(name="王建国"), actor="客服-李娜",
            ...                at=datetime(2026, 1, 5, 9, tzinfo=CHINA_TZ))
            >>> target = SqlArchive.from_url("sqlite://")
            >>> with source.stream() as records:
            ...     target.restore(records)
            >>> target.snapshot() == source.snapshot()
            True
        """
        if isinstance(chunk_size, bool) or not isinstance(chunk_size, int) or chunk_size < 1:
            msg = f"chunk_size: expected a whole number >= 1, got {shown(chunk_size)}"
            raise InvalidFormat(msg, field="chunk_size", value=chunk_size)
        if not isinstance(snapshot, Snapshot) and isinstance(snapshot, SnapshotStream):
            self._restore(snapshot, chunk_size, _NO_CONTEXT)
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
            self._policy,
            last_issued=snapshot.customer_sequence,
        )
        self._restore(_SnapshotRecords(snapshot), chunk_size, _restoring(snapshot))

    def _restore(self, stream: SnapshotStream, chunk_size: int, failure: Failure) -> None:
        """Write the records of ``stream`` in chunks, in one transaction (see ``restore``)."""
        issued = stream.customer_sequence
        if isinstance(issued, bool) or not isinstance(issued, int) or issued < 0:
            msg = f"customer_sequence: expected a whole number >= 0, got {shown(issued)}"
            raise InvalidFormat(msg, field="customer_sequence", value=issued)
        with _collector_paused(), self._begin(write=True, failure=failure) as connection:
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
                for chunk in _chunked(stream.records(collection), chunk_size):
                    _require_kind(chunk, spec.kind, collection)
                    if spec.kind is Customer:
                        # Refuses a number beyond the counter (ValidationError): rolled back.
                        issued = (
                            next_customer_sequence(chunk, (), self._policy, last_issued=issued) - 1
                        )
                    self._check_new_keys(connection, spec, chunk)
                    self._insert_many(connection, spec, chunk)
            for chunk in _chunked(stream.records("audit"), chunk_size):
                _require_kind(chunk, AuditEntry, "audit")
                issued = next_customer_sequence((), chunk, self._policy, last_issued=issued) - 1
                _insert_rows(connection, t.audit_entries, [cv.audit_from_domain(e) for e in chunk])
            self._raise_sequence(connection, issued)

    def _check_new_keys(
        self, connection: sa.Connection, spec: cv.EntitySpec[Any], chunk: Sequence[Any]
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
            _insert_rows(connection, spec.table, mains)
        for table, _ in spec.child_tables:
            if children[table.name]:
                _insert_rows(connection, table, children[table.name])

    def load(
        self,
        records: Iterable[object],
        *,
        actor: str,
        at: datetime,
        chunk_size: int = 10_000,
        append: bool = False,
    ) -> dict[str, int]:
        """Add new records in bulk: one transaction, written in chunks.

        Each record is stored as [`add`][autocrm.adapters.sqlalchemy.repository.SqlArchive.add]
        would store it (version 1, one CREATE audit entry by ``actor`` at ``at``; a customer keeps
        its number, one without a number gets the next, and the customer-number counter moves
        past the numbers of the archive's form in the same transaction), but ``chunk_size``
        records at a time with one bulk statement per table (SQLite ``executemany``,
        PostgreSQL ``COPY``, DuckDB an Arrow table), and ``records`` is consumed lazily:
        memory holds one chunk, however many records there are. Give each record after
        those it refers to. If anything raises (a repeated key, an error from ``records``
        itself, a lost connection), the transaction is rolled back and the archive is left
        as it was, counter included.

        Args:
            records: The new records (customers, vehicles, work orders...).
            actor: Who the creation audit entries name.
            at: When (aware).
            chunk_size: Records written per bulk statement.
            append: Add to an archive that holds records already (a key it holds is
                refused); False (the default) refuses a non-empty archive.

        Returns:
            How many records were added, per entity (``{"customer": 2, ...}``).

        Raises:
            autocrm.ports.ArchiveNotEmpty: the archive holds records or audit entries
                and ``append`` is False.
            autocrm.ports.AlreadyExists: two records have the same key, or (appending)
                the archive holds a record with that key.
            autocrm.errors.InvalidFormat: ``actor`` is blank, ``at`` is not aware, or
                ``chunk_size`` or ``append`` is not valid.
            autocrm.errors.UnsupportedType: a record is not of a type the archive keeps.

        Examples:
            >>> from datetime import datetime
            >>> from autocrm.domain import CHINA_TZ, Vehicle
            >>> archive = SqlArchive.from_url("sqlite://")
            >>> at = datetime(2026, 1, 5, 9, tzinfo=CHINA_TZ)
            >>> archive.load([Customer("KH000123", name="王建国"),
            ...               Vehicle("LFV2A21K3D3109826", "KH000123", plate="京A12345")],
            ...              actor="import", at=at)
            {'customer': 1, 'vehicle': 1}
            >>> archive.load([Customer(name="李娜")], actor="import", at=at, append=True)
            {'customer': 1}
            >>> archive.count(Customer), archive.get(Customer, "KH000123").version
            (2, 1)
        """
        _check_who_when(actor, at)
        if isinstance(chunk_size, bool) or not isinstance(chunk_size, int) or chunk_size < 1:
            msg = f"chunk_size: expected a whole number >= 1, got {shown(chunk_size)}"
            raise InvalidFormat(msg, field="chunk_size", value=chunk_size)
        _require_flag(append, "append")
        counts: dict[str, int] = {}
        highest = 0
        with _collector_paused(), self._begin(write=True) as connection:
            if not append:
                self._require_empty(connection)
            # ``records`` may read this archive as it is consumed (an import looks up
            # what its rows refer to): such reads join the load's transaction.
            outer = getattr(self._local, "connection", None)
            self._local.connection = connection
            try:
                for chunk in _chunked(records, chunk_size):
                    highest = max(highest, self._load_chunk(connection, chunk, counts, actor, at))
            finally:
                self._local.connection = outer
            if highest:
                self._raise_sequence(connection, highest)
        order = [spec.entity for spec in _COLLECTIONS.values()]
        return {entity: counts[entity] for entity in order if entity in counts}

    def _require_empty(self, connection: sa.Connection) -> None:
        for table in (*(spec.table for spec in _COLLECTIONS.values()), t.audit_entries):
            if connection.execute(sa.select(sa.literal(1)).select_from(table)).first():
                msg = (
                    f"the archive must be empty, but table {shown(table.name)} has rows; "
                    "load into a new database, or append"
                )
                raise ArchiveNotEmpty(msg)
        if self._sequence(connection):
            msg = "the archive must be empty, but customer numbers were issued"
            raise ArchiveNotEmpty(msg)

    def _load_chunk(
        self,
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
                    number = self._next_customer_number(connection)
                    record = attrs.evolve(record, number=number)  # type: ignore[misc]
                sequence = customer_sequence(record.number, self._policy)  # type: ignore[attr-defined]
                if sequence is not None and sequence > highest:
                    highest = sequence
            if getattr(record, "version", 1) != 1:
                record = attrs.evolve(record, version=1)  # type: ignore[misc]
            by_spec.setdefault(spec.kind, []).append(record)
            audit_rows.append({**template, "entity": spec.entity, "entity_id": entity_id(record)})
        for kind, objects in by_spec.items():
            spec = specs[kind]
            self._check_new_keys(connection, spec, objects)
            self._insert_many(connection, spec, objects)
            counts[spec.entity] = counts.get(spec.entity, 0) + len(objects)
        _insert_rows(connection, t.audit_entries, audit_rows)
        return highest


class _ArchiveStream:
    """The records of one read transaction, a chunk at a time (see ``SqlArchive.stream``)."""

    def __init__(self, archive: SqlArchive, connection: sa.Connection, chunk_size: int) -> None:
        self._archive = archive
        self._connection = connection
        self._chunk_size = chunk_size
        self._sequence = archive._sequence(connection)

    @property
    def customer_sequence(self) -> int:
        return self._sequence

    def records(self, collection: str) -> Iterator[Any]:
        if collection == "audit":
            spec = None
        elif collection in _COLLECTIONS:
            spec = _COLLECTIONS[collection]
        else:
            msg = f"collection: a snapshot has no {shown(collection)} records"
            raise InvalidFormat(msg, field="collection", value=collection)
        try:
            yield from self._archive._chunks(self._connection, spec, self._chunk_size)
        except sa.exc.SQLAlchemyError as exc:
            raise store_error(exc, _NO_CONTEXT) from exc


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


#: Keys looked up per statement (well under every engine's limit on parameters).
_KEYS_PER_LOOKUP = 500


def _stored_keys(connection: sa.Connection, spec: cv.EntitySpec[Any], keys: set[str]) -> set[str]:
    """Those of ``keys`` the archive's table of ``spec`` holds already."""
    if spec.key is None:
        return set()
    column = spec.table.c[spec.key]
    listed = sorted(keys)
    stored: set[str] = set()
    for start in range(0, len(listed), _KEYS_PER_LOOKUP):
        part = listed[start : start + _KEYS_PER_LOOKUP]
        stored.update(connection.execute(sa.select(column).where(column.in_(part))).scalars())
    return stored


def _by_key(rows: Iterable[dict[str, Any]], ref: str) -> dict[Any, list[dict[str, Any]]]:
    """Child rows grouped by the key of the record they belong to."""
    grouped: dict[Any, list[dict[str, Any]]] = {}
    for row in rows:
        key = row[ref]
        found = grouped.get(key)
        if found is None:
            grouped[key] = [row]
        else:
            found.append(row)
    return grouped


def _tables_and_rows(
    spec: cv.EntitySpec[Any], rows: cv.Rows
) -> list[tuple[sa.Table, Sequence[Mapping[str, Any]]]]:
    return [
        (spec.table, [rows.main]),
        *((table, rows.children.get(table.name, [])) for table, _ in spec.child_tables),
    ]


def _insert_rows(connection: sa.Connection, table: sa.Table, rows: list[dict[str, Any]]) -> None:
    """Insert many rows, column by column: SQLite executemany, PostgreSQL COPY, DuckDB Arrow.

    The rows become tuples in the table's column order (computed once per table and
    set of columns), then columns: each column's values are checked against what it
    can hold and go through the column type's bind processor in one pass.
    """
    if not rows:
        return
    dialect = connection.dialect
    names, columns = _columns_of(table, rows)
    _check_columns_fit(table, names, columns)
    if dialect.name == "duckdb" and _insert_from_arrow(connection, table, names, columns):
        return
    if dialect.name == "postgresql" and dialect.driver == "psycopg":
        _copy_rows(connection, table, names, columns)
        return
    if dialect.name != "sqlite":
        connection.execute(table.insert(), rows)
        return
    # The column types' own bind processors, then one DB-API executemany: what
    # table.insert() does, without building a parameter dict per row.
    processed = [
        column if process is None else list(map(process, column))
        for process, column in zip(_bind_processors(table, names, dialect), columns, strict=True)
    ]
    statement = _insert_statement(table, names, dialect)
    connection.exec_driver_sql(statement, list(zip(*processed, strict=True)))


def _columns_of(
    table: sa.Table, rows: list[dict[str, Any]]
) -> tuple[tuple[str, ...], list[Sequence[Any]]]:
    """The columns the rows fill, in table order, and the rows' values column by column."""
    first = rows[0]
    names = tuple(c.name for c in table.columns if c.name in first)
    getter = operator.itemgetter(*names)
    try:
        values = list(map(getter, rows))
    except KeyError:  # rows that do not all fill the same columns
        values = [tuple(row.get(name) for name in names) for row in rows]
    if len(names) == 1 and values and not isinstance(values[0], tuple):
        return names, [values]
    return names, list(zip(*values, strict=True))


def _check_columns_fit(
    table: sa.Table, names: Sequence[str], columns: Sequence[Sequence[Any]]
) -> None:
    """Refuse, before any SQL, a value a column cannot hold (see ``_check_columns_hold``).

    Each column is checked whole: its text values for their longest length and a NUL
    character, its whole numbers for the 64-bit range. Only when a column may hold a
    bad value are its rows looked at one by one, to name the first.
    """
    lengths = _LENGTHS.get(table)
    if lengths is None:
        lengths = _LENGTHS.setdefault(
            table, {c.name: getattr(c.type, "length", None) for c in table.columns}
        )
    for name, column in zip(names, columns, strict=True):
        kinds = set(map(type, column))
        kinds.discard(type(None))
        if not kinds:
            continue
        if kinds == {str}:
            texts = list(filter(None, column))
            limit = lengths.get(name)
            if not texts or (
                "\x00" not in "".join(texts) and (limit is None or max(map(len, texts)) <= limit)
            ):
                continue
        elif kinds <= {int, bool}:
            present = [v for v in column if v is not None]
            if min(present) >= -(2**63) and max(present) < 2**63:
                continue
        elif str not in kinds and int not in kinds:
            continue  # dates, amounts, JSON: no length to exceed
        found = field_of_bad_value([(table, [{name: value} for value in column])])
        if found is not None:
            _, value, why = found
            # Named as the per-record check names it: a main table's column is the
            # domain field of that name, a child table's is ``table.column``.
            field = name if table in _MAIN_TABLES else f"{table.name}.{name}"
            msg = f"{field}: the archive cannot store this value: it {why}"
            raise ValidationError(msg, field=field, value=value)


#: Table -> column name -> the length its type declares (None: unlimited or not text).
_LENGTHS: dict[sa.Table, dict[str, int | None]] = {}

#: (table, columns, dialect name) -> the INSERT statement / the bind processors, computed once.
_STATEMENTS: dict[tuple[sa.Table, tuple[str, ...], str], str] = {}
_PROCESSORS: dict[tuple[sa.Table, tuple[str, ...], Any], list[Any]] = {}


def _insert_statement(table: sa.Table, names: tuple[str, ...], dialect: Any) -> str:
    key = (table, names, dialect.name)
    found = _STATEMENTS.get(key)
    if found is None:
        found = str(table.insert().compile(dialect=dialect, column_keys=list(names)))
        _STATEMENTS[key] = found
    return found


def _bind_processors(table: sa.Table, names: tuple[str, ...], dialect: Any) -> list[Any]:
    key = (table, names, dialect)
    found = _PROCESSORS.get(key)
    if found is None:
        found = [table.c[name].type.dialect_impl(dialect).bind_processor(dialect) for name in names]
        _PROCESSORS[key] = found
    return found


def _copy_rows(
    connection: sa.Connection,
    table: sa.Table,
    names: Sequence[str],
    columns: Sequence[Sequence[Any]],
) -> None:
    """PostgreSQL ``COPY ... FROM STDIN`` through psycopg, on the transaction's own connection."""
    dialect = connection.dialect
    converted = [
        column if convert is None else list(map(convert, column))
        for convert, column in zip(
            (_copy_converter(table.c[name].type, dialect) for name in names), columns, strict=True
        )
    ]
    quote = dialect.identifier_preparer
    target = qualified_name(table.name, schema_of(connection), dialect)
    statement = f"COPY {target} ({', '.join(quote.quote(n) for n in names)}) FROM STDIN"
    driver = connection.connection.driver_connection
    with driver.cursor() as cursor, cursor.copy(statement) as copy:  # type: ignore[union-attr]
        write = copy.write_row
        for row in zip(*converted, strict=True):
            write(row)


def _insert_from_arrow(
    connection: sa.Connection,
    table: sa.Table,
    names: Sequence[str],
    columns: Sequence[Sequence[Any]],
) -> bool:
    """Insert rows into DuckDB from an Arrow table, its fastest way in; False without pyarrow.

    A JSON or decorated column's values go through the column type's bind processor
    first (JSON text, UTC instants, encryption), as ``table.insert()`` would send
    them; the others go as they are in an Arrow column of the column's own type
    (amounts as exact decimals, where the driver's parameters would pass floats).
    """
    try:
        import pyarrow as pa
    except ImportError:  # the extra "tables" is not installed: executemany
        return False
    dialect = connection.dialect
    arrays = {}
    for name, values in zip(names, columns, strict=True):
        column_type = table.c[name].type
        if isinstance(column_type, (sa.JSON, sa.types.TypeDecorator)):
            process = column_type.dialect_impl(dialect).bind_processor(dialect)
            if process is not None:
                values = list(map(process, values))
        arrays[name] = pa.array(values, type=_arrow_type(column_type, pa))
    view = f"autocrm_load_{table.name}"
    driver = connection.connection.driver_connection
    quote = dialect.identifier_preparer
    listed = ", ".join(quote.quote(name) for name in names)
    driver.register(view, pa.table(arrays))  # type: ignore[union-attr]
    try:
        target = qualified_name(table.name, schema_of(connection), dialect)
        driver.execute(  # type: ignore[union-attr]
            f"INSERT INTO {target} ({listed}) SELECT {listed} FROM {view}"
        )
    finally:
        driver.unregister(view)  # type: ignore[union-attr]
    return True


def _arrow_type(column_type: Any, pa: Any) -> Any:
    """The Arrow type a column's bound values take (None: let Arrow infer it)."""
    if isinstance(column_type, sa.types.TypeDecorator):
        column_type = column_type.impl_instance
    if isinstance(column_type, sa.JSON):
        return pa.string()  # bound as JSON text; DuckDB reads it into its JSON column
    if isinstance(column_type, sa.Boolean):
        return pa.bool_()
    if isinstance(column_type, sa.Integer):
        return pa.int64()
    if isinstance(column_type, sa.Numeric) and column_type.scale is not None:
        return pa.decimal128(column_type.precision or 38, column_type.scale)
    if isinstance(column_type, sa.DateTime):
        return pa.timestamp("us", tz="UTC") if column_type.timezone else pa.timestamp("us")
    if isinstance(column_type, sa.Date):
        return pa.date32()
    if isinstance(column_type, sa.String):
        return pa.string()
    return None


def _copy_converter(column_type: Any, dialect: Any) -> Any:
    """What a value of the column becomes for COPY (None: psycopg adapts it as it is)."""
    if isinstance(column_type, sa.JSON):
        # As SQLAlchemy binds it: None is the JSON null unless the column says otherwise.
        null = None if column_type.none_as_null else "null"
        return lambda value: null if value is None else json.dumps(value)
    if isinstance(column_type, sa.types.TypeDecorator):
        # The decorator's own step, then its underlying type's (an encrypted JSON column
        # holds its ciphertext as a JSON string, as SQLAlchemy's bind processor writes it).
        inner = _copy_converter(column_type.impl_instance, dialect)
        if inner is None:
            return lambda value: column_type.process_bind_param(value, dialect)
        return lambda value: inner(column_type.process_bind_param(value, dialect))
    return None


def _reencrypt(
    connection: sa.Connection,
    table: sa.Table,
    names: Sequence[str],
    hashed: Sequence[str],
) -> int:
    """Write every row's encrypted columns back (read decrypted, written under the
    current key) and its hash columns from the plain values; return the row count."""
    update = (
        table.update()
        .where(table.c.id == sa.bindparam("row_id"))
        .values(
            {
                **{n: sa.bindparam(f"v_{n}", type_=table.c[n].type) for n in names},
                **{
                    hash_column_name(n): sa.bindparam(
                        f"h_{n}", type_=table.c[hash_column_name(n)].type
                    )
                    for n in hashed
                },
            }
        )
    )
    last, total = 0, 0
    while True:
        rows = (
            connection.execute(
                sa.select(table.c.id, *(table.c[n] for n in names))
                .where(table.c.id > last)
                .order_by(table.c.id)
                .limit(_CHUNK)
            )
            .mappings()
            .all()
        )
        if not rows:
            return total
        connection.execute(
            update,
            [
                {
                    "row_id": row["id"],
                    **{f"v_{n}": row[n] for n in names},
                    **{f"h_{n}": row[n] for n in hashed},
                }
                for row in rows
            ],
        )
        last = rows[-1]["id"]
        total += len(rows)


def _check_columns_hold(spec: cv.EntitySpec[Any], rows: cv.Rows) -> None:
    """Refuse, before any SQL, a value a column cannot hold, the same way on every engine.

    PostgreSQL refuses a text longer than its column or one with a NUL character;
    SQLite would store either. Checking here gives one answer everywhere.
    """
    found = field_of_bad_value(_tables_and_rows(spec, rows))
    if found is not None:
        field, value, why = found
        msg = f"{field}: the archive cannot store this value: it {why}"
        raise ValidationError(msg, field=field, value=value)


def _writing(spec: cv.EntitySpec[Any], obj: Any) -> Failure:
    """What an add or update of ``obj`` was doing, should the database fail."""

    def rows() -> list[tuple[sa.Table, Sequence[Mapping[str, Any]]]]:
        return _tables_and_rows(spec, spec.from_domain(obj))

    key = None if spec.key is None else getattr(obj, spec.key)
    return Failure(
        entity=spec.entity,
        key=key if isinstance(key, str) and key.strip() else None,
        expected=getattr(obj, "version", None),
        rows=rows,
    )


def _restoring(snapshot: Snapshot) -> Failure:
    """What a restore was doing, should the database fail: the main rows of every record."""

    def rows() -> list[tuple[sa.Table, Sequence[Mapping[str, Any]]]]:
        return [
            (spec.table, [spec.from_domain(record).main for record in getattr(snapshot, name)])
            for name, spec in _COLLECTIONS.items()
        ]

    return Failure(rows=rows)


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


def _shown_url(url: object) -> str:
    """The URL as messages show it: without its password."""
    try:
        return sa.make_url(url).render_as_string(hide_password=True)  # type: ignore[arg-type]
    except (sa.exc.ArgumentError, TypeError, ValueError):
        return shown(url)


def _check_schema(engine: sa.Engine, where: str, *, create: bool) -> None:
    """Refuse a schema newer than this autocrm; unless creating, one missing or older."""
    from autocrm.adapters.sqlalchemy import current_revision, head_revision

    revision, head = current_revision(engine), head_revision()
    if create and revision is None:
        return
    if revision is None:
        msg = f"the database at {where} holds no autocrm archive; create one first (autocrm init)"
        raise StoreNotFound(msg)
    if revision != head and not _known_revision(revision):
        msg = (
            f"the archive at {where} has schema revision {revision}, which this autocrm "
            f"does not know (it stops at {head}): it was written by a newer autocrm; "
            "upgrade autocrm"
        )
        raise StoreError(msg)
    if revision != head and not create:
        msg = (
            f"the archive at {where} has schema revision {revision}, this autocrm needs "
            f"{head}; run `autocrm upgrade` first (back the database up before)"
        )
        raise StoreOutOfDate(msg, revision=revision, expected=head)


def _known_revision(revision: str) -> bool:
    from alembic.script import ScriptDirectory
    from alembic.util import CommandError

    from autocrm.adapters.sqlalchemy import MIGRATIONS

    try:
        return ScriptDirectory(str(MIGRATIONS)).get_revision(revision) is not None
    except CommandError:
        return False


def _require_flag(value: object, field: str) -> None:
    if not isinstance(value, bool):
        msg = f"{field}: expected True or False, got {shown(value)}"
        raise InvalidFormat(msg, field=field, value=value)


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
