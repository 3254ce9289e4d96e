"""SqlArchive: the customer archive kept in a SQL database through SQLAlchemy Core.

It offers the interface of
[`autocrm.adapters.memory.MemoryArchive`][autocrm.adapters.memory.MemoryArchive]: unique,
never-reused customer numbers, an audit entry for every change (who, when, which field,
old -> new; see [the archive rules][sources-archive-process]), optimistic versioning, and a
unit of work that commits all or nothing. Filters of [`autocrm.query`][autocrm.query] compile
to SQL ([`autocrm.adapters.sqlalchemy.query`][autocrm.adapters.sqlalchemy.query]), so ``find``,
``count`` and ``aggregate`` scan in the database, never in Python.

This module holds the class's interface and how it is opened; the work is done in
private modules beside it, one topic each: the core (transactions, the customer-number
counter, one record's rows), records one at a time, bulk writes and their column-wise
inserts, snapshots and streams, merging, erasure, and key rotation.

Examples:
    >>> from datetime import datetime
    >>> import attrs
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

import sqlalchemy as sa

from autocrm.adapters.json import SnapshotStream
from autocrm.adapters.sqlalchemy import (
    _bulk,
    _erasure,
    _key_rotation,
    _merging,
    _records,
    _snapshots,
)
from autocrm.adapters.sqlalchemy._archive_checks import _require_flag
from autocrm.adapters.sqlalchemy._archive_core import ArchiveCore
from autocrm.adapters.sqlalchemy.dialects import prepare_engine
from autocrm.adapters.sqlalchemy.encryption import Cipher, use_cipher
from autocrm.adapters.sqlalchemy.engine import (
    DEFAULT_LOCK_TIMEOUT,
    archive_engine,
    use_real_sqlite_transactions,
)
from autocrm.adapters.sqlalchemy.schema_revisions import (
    _check_revision,
    head_revision,
    upgrade,
)
from autocrm.adapters.sqlalchemy.schemas import check_schema_name, in_schema, schema_of
from autocrm.adapters.sqlalchemy.store_errors import Failure, store_error
from autocrm.domain import AuditEntry, Customer, Snapshot
from autocrm.domain.checks import expect
from autocrm.errors import (
    AutocrmError,
    StoreError,
    ValidationError,
    shown,
)
from autocrm.rules.archive import ArchivePolicy
from autocrm.rules.merge_result import MergeResult

__all__ = ["SqlArchive"]

_T = TypeVar("_T")

_DEFAULT_POLICY = ArchivePolicy()


class SqlArchive(ArchiveCore):
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
            _check_revision(placed, url_shown, create=create)
            if create:
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
        return self._has_cipher()

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
        return _key_rotation.rotate_key(self)

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
            >>> from autocrm.adapters.sqlalchemy import tables as t
            >>> archive = SqlArchive.from_url("sqlite://")
            >>> with archive.reading() as connection:
            ...     connection.execute(sa.select(sa.func.count()).select_from(t.customers)).scalar()
            0
        """
        with self._begin() as connection:
            yield connection

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
        with self._unit_of_work():
            yield self

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
        return _records.add(self, obj, actor=actor, at=at)

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
        return _records.update(self, obj, actor=actor, at=at)

    def delete(self, kind: type[Any] | str, key: str, *, actor: str, at: datetime) -> None:
        """Remove a record and audit the deletion.

        Raises:
            autocrm.errors.NotFound: no such record.
        """
        _records.delete(self, kind, key, actor=actor, at=at)

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
        return _erasure.anonymise(self, number, actor=actor, at=at, reason=reason)

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
        return _merging.merge(self, survivor, duplicate, actor=actor, at=at, reason=reason)

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
        return _merging.unmerge(self, duplicate, actor=actor, at=at, reason=reason)

    def get(self, kind: type[_T] | str, key: str) -> _T:
        """Return the record of ``kind`` with that key.

        The number of a MERGED customer gives the customer it was merged into.

        Raises:
            autocrm.errors.NotFound: no such record.
        """
        return _records.get(self, kind, key)

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
        return _records.find(self, kind, where, as_of=as_of)

    def count(
        self, kind: type[Any] | str, where: Any = None, *, as_of: date | datetime | None = None
    ) -> int:
        """Return how many records of ``kind`` match the filter (a SQL COUNT).

        Examples:
            >>> SqlArchive.from_url("sqlite://").count("vehicle")
            0
        """
        return _records.count(self, kind, where, as_of=as_of)

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
        return _records.aggregate(
            self, kind, where=where, group_by=group_by, measures=measures, as_of=as_of
        )

    def audit_trail(
        self, entity: type[Any] | str | None = None, entity_id: str | None = None
    ) -> list[AuditEntry]:
        """Return the audit entries, oldest first, of one entity kind and/or record.

        Examples:
            >>> SqlArchive.from_url("sqlite://").audit_trail("customer", "C000001")
            []
        """
        return _records.audit_trail(self, entity, entity_id)

    def snapshot(self) -> Snapshot:
        """Return every record and the whole audit trail, in one consistent read.

        ``customer_sequence`` is the last customer-number sequence value issued.

        Examples:
            >>> SqlArchive.from_url("sqlite://").snapshot().customer_sequence
            0
        """
        return _snapshots.snapshot(self)

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
        with _snapshots.stream(self, chunk_size=chunk_size) as records:
            yield records

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
        record of the stream, the database), nothing is written. As with ``load`` into
        an empty SQLite archive, the plain indexes are built once at the end.

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
        _bulk.restore(self, snapshot, chunk_size=chunk_size)

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

        Into an empty SQLite archive (``append`` False), the tables' plain indexes are
        dropped inside the transaction and built again, once, before it commits (unique
        keys stay), which is cheaper than keeping them up to date row by row.

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
        return _bulk.load(self, records, actor=actor, at=at, chunk_size=chunk_size, append=append)


def _shown_url(url: object) -> str:
    """The URL as messages show it: without its password."""
    try:
        return sa.make_url(url).render_as_string(hide_password=True)  # type: ignore[arg-type]
    except (sa.exc.ArgumentError, TypeError, ValueError):
        return shown(url)
