"""SqlArchive when things go wrong: refused writes, lost connections, held locks, bad opens.

What the "Reliability" section of the SQL guide promises, engine by engine: a unit
of work commits every write that did not raise or raises; a database failure is an
``autocrm.errors`` error chained to the driver's, and nothing of the unit of work
is stored; opening to read never creates or migrates.
"""

from __future__ import annotations

import os
import threading
import uuid
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

sa = pytest.importorskip("sqlalchemy")

import attrs  # noqa: E402

from autocrm.adapters.memory import MemoryArchive  # noqa: E402
from autocrm.adapters.sqlalchemy import (  # noqa: E402
    SqlArchive,
    downgrade,
    head_revision,
    upgrade,
)
from autocrm.domain import CHINA_TZ, Customer, Vehicle  # noqa: E402
from autocrm.errors import (  # noqa: E402
    AlreadyExists,
    ConcurrentUpdate,
    StoreError,
    StoreNotFound,
    StoreOutOfDate,
    StoreTimeout,
    StoreUnavailable,
    ValidationError,
)
from autocrm.ports import MAX_CUSTOMER_SEQUENCE  # noqa: E402
from autocrm.retry import retry_unit_of_work  # noqa: E402

AT = datetime(2026, 1, 5, 9, 0, tzinfo=CHINA_TZ)
VIN = "LFV2A21K3D3109826"
ACTOR = "客服-李娜"
REFUSED_NAME = "拒收客户"


def _postgres_url() -> str:
    url = os.environ.get("AUTOCRM_TEST_POSTGRES_URL")
    if not url:
        pytest.skip("AUTOCRM_TEST_POSTGRES_URL is not set: PostgreSQL tests skipped")
    return url


class PostgresStore:
    """A PostgreSQL schema of its own, an archive on it, and an admin connection."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.schema = f"autocrm_test_{uuid.uuid4().hex[:12]}"
        self.application = f"autocrm-{self.schema}"
        self.admin = sa.create_engine(url)
        with self.admin.begin() as connection:
            connection.exec_driver_sql(f'CREATE SCHEMA "{self.schema}"')

    def open(self, *, create: bool = False, **options: Any) -> SqlArchive:
        connect_args = {"options": f"-csearch_path={self.schema}"}
        connect_args["application_name"] = self.application
        return SqlArchive.from_url(self.url, create=create, connect_args=connect_args, **options)

    def terminate_archive_connections(self) -> int:
        """pg_terminate_backend every connection the archives of this store hold."""
        with self.admin.begin() as connection:
            return len(
                connection.execute(
                    sa.text(
                        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                        "WHERE application_name = :name"
                    ),
                    {"name": self.application},
                ).all()
            )

    def admin_connection(self) -> sa.Connection:
        connection = self.admin.connect()
        connection.exec_driver_sql(f'SET search_path TO "{self.schema}"')
        connection.commit()
        return connection

    def drop(self) -> None:
        self.terminate_archive_connections()
        with self.admin.begin() as connection:
            connection.exec_driver_sql(f'DROP SCHEMA "{self.schema}" CASCADE')
        self.admin.dispose()


@pytest.fixture
def postgres() -> Iterator[PostgresStore]:
    store = PostgresStore(_postgres_url())
    try:
        yield store
    finally:
        store.drop()


@pytest.fixture(
    params=["sqlite-file", pytest.param("postgres", marks=pytest.mark.postgres), "duckdb-file"]
)
def archive(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[SqlArchive]:
    """A SqlArchive from ``from_url``: a SQLite file, a PostgreSQL schema or a DuckDB file."""
    if request.param == "sqlite-file":
        opened = SqlArchive.from_url(f"sqlite:///{tmp_path}/autocrm.db")
    elif request.param == "duckdb-file":
        opened = SqlArchive.from_url(f"duckdb:///{tmp_path}/autocrm.duckdb")
    else:
        opened = request.getfixturevalue("postgres").open(create=True)
    yield opened
    opened.engine.dispose()


def _refuse_a_name_in_the_database(archive: SqlArchive, name: str) -> None:
    """Make the database itself refuse customers of that name (the domain accepts it)."""
    with archive.engine.begin() as connection:
        if connection.dialect.name == "postgresql":
            connection.exec_driver_sql(
                f"ALTER TABLE customers ADD CONSTRAINT refused_name CHECK (name <> '{name}')"
            )
        else:
            connection.exec_driver_sql(
                "CREATE TRIGGER refused_name BEFORE INSERT ON customers "
                f"WHEN NEW.name = '{name}' BEGIN SELECT RAISE(ABORT, 'refused name'); END"
            )


# -- a unit of work commits every write that did not raise, or raises ----------------


def test_a_write_the_database_refuses_inside_a_unit_of_work_undoes_only_itself(
    archive: SqlArchive, request: pytest.FixtureRequest
) -> None:
    if archive.engine.dialect.name == "duckdb":
        request.applymarker(
            pytest.mark.xfail(
                strict=True,
                reason="DuckDB has no SAVEPOINT to undo one operation (nor a trigger or an "
                "added CHECK to make it refuse a name)",
            )
        )
    _refuse_a_name_in_the_database(archive, REFUSED_NAME)
    with archive.unit_of_work() as uow:
        first = uow.add(Customer(name="王建国"), actor=ACTOR, at=AT)
        with pytest.raises(StoreError) as refused:
            uow.add(Customer(name=REFUSED_NAME), actor=ACTOR, at=AT)
        second = uow.add(Customer(name="李娜"), actor=ACTOR, at=AT)
    assert isinstance(refused.value.__cause__, sa.exc.IntegrityError)
    assert [c.name for c in archive.find(Customer)] == ["王建国", "李娜"]
    # The refused add gave its number back with everything else it wrote.
    assert (first.number, second.number) == ("C000001", "C000002")
    assert [e.entity_id for e in archive.audit_trail("customer")] == ["C000001", "C000002"]


@pytest.mark.parametrize(("field", "value"), [("name", "王" * 201), ("name", "王\x00建国")])
def test_a_value_a_column_cannot_hold_is_refused_the_same_on_every_engine(
    archive: SqlArchive, field: str, value: str
) -> None:
    unfit = Customer(name="王建国")
    # A value that got past the domain's checks (an older autocrm, a bypassed validator):
    object.__setattr__(unfit, field, value)
    with archive.unit_of_work() as uow:
        uow.add(Customer(name="张三"), actor=ACTOR, at=AT)
        with pytest.raises(ValidationError) as refused:
            uow.add(unfit, actor=ACTOR, at=AT)
        uow.add(Customer(name="李四"), actor=ACTOR, at=AT)
    assert (refused.value.field, refused.value.value) == (field, value)
    assert [c.name for c in archive.find(Customer)] == ["张三", "李四"]


@pytest.mark.postgres
def test_a_query_value_the_server_would_refuse_is_refused_before_any_sql(
    postgres: PostgresStore,
) -> None:
    from autocrm.query import F

    archive = postgres.open(create=True)
    with archive.unit_of_work() as uow:
        uow.add(Customer(name="张三"), actor=ACTOR, at=AT)
        with pytest.raises(ValidationError) as refused:
            uow.find(Customer, F.customer.name == "张\x00三")
        uow.add(Customer(name="李四"), actor=ACTOR, at=AT)
    # The query refuses the NUL itself (PostgreSQL would fail the statement and, without
    # a savepoint, the whole transaction); nothing reached the driver.
    assert refused.value.__cause__ is None
    assert refused.value.field == "customer.name"
    assert archive.count(Customer) == 2


def _release_when_waiting(store: PostgresStore, release: threading.Event) -> None:
    """Set ``release`` once one of the store's connections waits on a lock (10 s at most)."""
    waiting = sa.text(
        "SELECT count(*) FROM pg_stat_activity "
        "WHERE application_name = :name AND wait_event_type = 'Lock'"
    )
    for _ in range(1000):
        with store.admin.connect() as connection:
            if connection.execute(waiting, {"name": store.application}).scalar_one():
                break
        threading.Event().wait(0.01)
    release.set()


@pytest.mark.postgres
def test_a_key_added_meanwhile_by_another_writer_is_already_exists(
    postgres: PostgresStore,
) -> None:
    mine, theirs = postgres.open(create=True), postgres.open()
    inserted, release = threading.Event(), threading.Event()

    def other_writer() -> None:
        with theirs.unit_of_work() as uow:
            uow.add(Vehicle(VIN, "C000009"), actor="客服-王强", at=AT)
            inserted.set()
            release.wait(10)

    thread = threading.Thread(target=other_writer)
    thread.start()
    assert inserted.wait(10)
    # Our check finds no such vehicle (theirs is not committed); our INSERT then waits
    # on the unique key until they commit, and the server refuses it. They commit only
    # once the server shows our INSERT waiting on their lock (a fixed delay let a slow
    # machine commit theirs before our check, which then found the vehicle itself).
    watcher = threading.Thread(target=_release_when_waiting, args=(postgres, release))
    watcher.start()
    with mine.unit_of_work() as uow:
        uow.add(Customer(name="王建国"), actor=ACTOR, at=AT)
        with pytest.raises(AlreadyExists) as duplicate:
            uow.add(Vehicle(VIN, "C000001"), actor=ACTOR, at=AT)
    thread.join()
    watcher.join()
    assert isinstance(duplicate.value.__cause__, sa.exc.IntegrityError)
    assert (duplicate.value.entity, duplicate.value.entity_id) == ("vehicle", VIN)
    assert mine.get(Vehicle, VIN).customer_number == "C000009"
    assert mine.count(Customer) == 1


# -- customer numbers ------------------------------------------------------------------


@pytest.fixture(
    params=["memory", "sqlite", pytest.param("postgres", marks=pytest.mark.postgres), "duckdb"]
)
def any_archive(request: pytest.FixtureRequest) -> Any:
    if request.param == "memory":
        return MemoryArchive()
    if request.param in ("sqlite", "duckdb"):
        return SqlArchive.from_url(f"{request.param}:///:memory:")
    return request.getfixturevalue("postgres").open(create=True)


def test_a_number_beyond_the_counter_is_refused_before_anything_is_written(
    any_archive: Any,
) -> None:
    with pytest.raises(ValidationError) as refused:
        any_archive.add(Customer(number="C" + "9" * 64, name="王建国"), actor=ACTOR, at=AT)
    assert refused.value.field == "number"
    assert any_archive.count(Customer) == 0
    assert any_archive.audit_trail() == []
    assert any_archive.add(Customer(name="李娜"), actor=ACTOR, at=AT).number == "C000001"


def test_the_last_number_of_the_counter_is_issued_once(any_archive: Any) -> None:
    last = f"C{MAX_CUSTOMER_SEQUENCE}"
    any_archive.add(Customer(number=last, name="王建国"), actor=ACTOR, at=AT)
    with pytest.raises(ValidationError) as exhausted:
        any_archive.add(Customer(name="李娜"), actor=ACTOR, at=AT)
    assert exhausted.value.field == "number"
    assert [c.number for c in any_archive.find(Customer)] == [last]


def test_a_restore_with_a_number_beyond_the_counter_writes_nothing(any_archive: Any) -> None:
    source = MemoryArchive()
    source.add(Customer(name="王建国"), actor=ACTOR, at=AT)
    snapshot = source.snapshot()
    customers = [*snapshot.customers, Customer(number="C" + "9" * 30, name="李娜")]
    with pytest.raises(ValidationError) as refused:
        any_archive.restore(attrs.evolve(snapshot, customers=customers))
    assert refused.value.field == "number"
    assert any_archive.count(Customer) == 0


# -- the database fails ---------------------------------------------------------------


@pytest.mark.postgres
def test_a_connection_killed_in_a_unit_of_work_stores_nothing(postgres: PostgresStore) -> None:
    archive = postgres.open(create=True)

    def add_two_losing_the_connection_between() -> None:
        with archive.unit_of_work() as uow:
            uow.add(Customer(name="王建国"), actor=ACTOR, at=AT)
            assert postgres.terminate_archive_connections() == 1
            uow.add(Customer(name="李娜"), actor=ACTOR, at=AT)

    with pytest.raises(StoreUnavailable) as lost:
        add_two_losing_the_connection_between()
    assert isinstance(lost.value.__cause__, sa.exc.DBAPIError)
    assert archive.count(Customer) == 0
    assert archive.audit_trail() == []


@pytest.mark.postgres
def test_a_lost_connection_caught_inside_the_unit_of_work_still_fails_it(
    postgres: PostgresStore,
) -> None:
    archive = postgres.open(create=True)
    caught: list[Exception] = []

    def carry_on_after_losing_the_connection() -> None:
        with archive.unit_of_work() as uow:
            uow.add(Customer(name="王建国"), actor=ACTOR, at=AT)
            postgres.terminate_archive_connections()
            try:
                uow.add(Customer(name="李娜"), actor=ACTOR, at=AT)
            except StoreUnavailable as exc:
                caught.append(exc)
            # Carrying on as if nothing happened must not look like a commit.

    with pytest.raises(StoreError) as failed:
        carry_on_after_losing_the_connection()
    assert len(caught) == 1
    assert "nothing of it was stored" in str(failed.value)
    assert archive.count(Customer) == 0


@pytest.mark.postgres
def test_a_row_lock_held_elsewhere_times_out_instead_of_waiting_forever(
    postgres: PostgresStore,
) -> None:
    archive = postgres.open(create=True, lock_timeout=0.2)
    stored = archive.add(Customer(name="王建国"), actor=ACTOR, at=AT)
    holder = postgres.admin_connection()
    try:
        with holder.begin():
            holder.exec_driver_sql("SELECT * FROM customers WHERE number = 'C000001' FOR UPDATE")
            with pytest.raises(StoreTimeout) as timed_out:
                archive.update(attrs.evolve(stored, mobile="13800138000"), actor=ACTOR, at=AT)
    finally:
        holder.close()
    assert timed_out.value.__cause__ is not None
    assert archive.get(Customer, "C000001").version == 1
    moved = archive.update(attrs.evolve(stored, mobile="13800138000"), actor=ACTOR, at=AT)
    assert moved.version == 2


@pytest.mark.postgres
def test_a_statement_past_the_statement_timeout_is_cancelled(postgres: PostgresStore) -> None:
    archive = postgres.open(create=True, lock_timeout=None, statement_timeout=0.2)
    holder = postgres.admin_connection()
    try:
        with holder.begin():
            holder.exec_driver_sql("LOCK TABLE customers IN ACCESS EXCLUSIVE MODE")
            with pytest.raises(StoreTimeout):
                archive.count(Customer)
    finally:
        holder.close()
    assert archive.count(Customer) == 0


@pytest.mark.postgres
@pytest.mark.parametrize("pre_ping", [True, False])
def test_pooled_connections_killed_while_idle(postgres: PostgresStore, pre_ping: bool) -> None:
    archive = postgres.open(create=True, pool_pre_ping=pre_ping)
    assert archive.count(Customer) == 0  # a connection now waits in the pool
    assert postgres.terminate_archive_connections() >= 1
    if pre_ping:  # the default: the dead connection is noticed and replaced
        assert archive.add(Customer(name="王建国"), actor=ACTOR, at=AT).number == "C000001"
    else:  # the check can fail: without pre-ping the call is lost
        with pytest.raises(StoreUnavailable):
            archive.add(Customer(name="王建国"), actor=ACTOR, at=AT)
    assert archive.count(Customer) == (1 if pre_ping else 0)


def test_a_sqlite_file_locked_by_another_writer_times_out(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path}/autocrm.db"
    archive = SqlArchive.from_url(url, lock_timeout=0.2)
    other = sa.create_engine(url)
    with other.connect() as holder:
        holder.exec_driver_sql("BEGIN IMMEDIATE")
        with pytest.raises(StoreTimeout) as timed_out:
            archive.add(Customer(name="王建国"), actor=ACTOR, at=AT)
        holder.exec_driver_sql("ROLLBACK")
    assert "database is locked" in str(timed_out.value.__cause__)
    assert archive.count(Customer) == 0
    assert archive.add(Customer(name="王建国"), actor=ACTOR, at=AT).number == "C000001"


# -- opening ------------------------------------------------------------------------


def test_opening_a_missing_sqlite_file_to_read_creates_nothing(tmp_path: Path) -> None:
    path = tmp_path / "typo.db"
    with pytest.raises(StoreNotFound) as missing:
        SqlArchive.from_url(f"sqlite:///{path}", create=False)
    assert not path.exists()
    assert isinstance(missing.value.__cause__, sa.exc.OperationalError)


def test_opening_a_database_without_the_archive_to_read_creates_nothing(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path}/other.db"
    with sa.create_engine(url).begin() as connection:
        connection.exec_driver_sql("CREATE TABLE notes (text TEXT)")
    with pytest.raises(StoreNotFound):
        SqlArchive.from_url(url, create=False)
    assert set(sa.inspect(sa.create_engine(url)).get_table_names()) == {"notes"}


def test_opening_an_older_archive_to_read_asks_for_an_upgrade(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path}/old.db"
    archive = SqlArchive.from_url(url)
    downgrade(archive.engine, "0002")
    with pytest.raises(StoreOutOfDate) as old:
        SqlArchive.from_url(url, create=False)
    assert (old.value.revision, old.value.expected) == ("0002", head_revision())
    assert "autocrm upgrade" in str(old.value)
    upgrade(archive.engine)
    assert SqlArchive.from_url(url, create=False).count(Customer) == 0


@pytest.mark.parametrize("create", [False, True])
def test_an_archive_of_a_newer_autocrm_is_refused_untouched(tmp_path: Path, create: bool) -> None:
    url = f"sqlite:///{tmp_path}/newer.db"
    with SqlArchive.from_url(url).engine.begin() as connection:
        connection.exec_driver_sql("UPDATE autocrm_alembic_version SET version_num = '0999'")
    with pytest.raises(StoreError) as newer:
        SqlArchive.from_url(url, create=create)
    assert "newer autocrm" in str(newer.value)
    assert not isinstance(newer.value, StoreOutOfDate)


@pytest.mark.postgres
def test_opening_a_missing_postgresql_database_is_store_not_found() -> None:
    url = sa.make_url(_postgres_url()).set(database=f"missing_{uuid.uuid4().hex[:8]}")
    with pytest.raises(StoreNotFound):
        SqlArchive.from_url(url.render_as_string(hide_password=False), create=False)


@pytest.mark.postgres
def test_opening_an_empty_postgresql_schema_to_read_creates_nothing(
    postgres: PostgresStore,
) -> None:
    with pytest.raises(StoreNotFound):
        postgres.open()
    with postgres.admin.connect() as connection:
        tables = sa.inspect(connection).get_table_names(schema=postgres.schema)
    assert tables == []


def test_engine_options_pass_through_and_pre_ping_is_on_by_default() -> None:
    assert SqlArchive.from_url("sqlite://").engine.pool._pre_ping  # type: ignore[attr-defined]
    archive = SqlArchive.from_url("sqlite://", pool_pre_ping=False, echo=False)
    assert not archive.engine.pool._pre_ping  # type: ignore[attr-defined]


@pytest.mark.parametrize(("option", "value"), [("lock_timeout", 0), ("lock_timeout", "30")])
def test_a_bad_timeout_is_refused_naming_it(option: str, value: object) -> None:
    with pytest.raises(ValidationError) as refused:
        SqlArchive.from_url("sqlite://", **{option: value})
    assert refused.value.field == option


def test_an_unknown_url_scheme_is_refused_naming_the_url() -> None:
    with pytest.raises(ValidationError) as refused:
        SqlArchive.from_url("sqlite3:///autocrm.db")
    assert refused.value.field == "url"


# -- retrying a unit of work ----------------------------------------------------------


def test_a_retried_unit_of_work_stores_only_the_attempt_that_succeeded(
    archive: SqlArchive,
) -> None:
    read_earlier = archive.add(Customer(name="王建国"), actor=ACTOR, at=AT)
    archive.update(attrs.evolve(read_earlier, mobile="13800138000"), actor="客服-王强", at=AT)
    attempts: list[int] = []

    def register_car_and_rename(uow: Any) -> Customer:
        uow.add(Vehicle(VIN, read_earlier.number), actor=ACTOR, at=AT)
        customer = read_earlier if not attempts else uow.get(Customer, read_earlier.number)
        attempts.append(customer.version)
        renamed: Customer = uow.update(attrs.evolve(customer, name="王健国"), actor=ACTOR, at=AT)
        return renamed

    assert retry_unit_of_work(archive, register_car_and_rename).version == 3
    assert attempts == [1, 2]
    assert archive.count(Vehicle) == 1  # the first attempt's vehicle was rolled back
    assert archive.get(Customer, read_earlier.number).mobile == "+8613800138000"


def test_a_unit_of_work_still_conflicting_after_the_last_attempt_raises(
    archive: SqlArchive,
) -> None:
    read_earlier = archive.add(Customer(name="王建国"), actor=ACTOR, at=AT)
    archive.update(attrs.evolve(read_earlier, mobile="13800138000"), actor="客服-王强", at=AT)
    calls: list[int] = []

    def always_stale(uow: Any) -> None:
        calls.append(1)
        uow.update(attrs.evolve(read_earlier, name="王健国"), actor=ACTOR, at=AT)

    with pytest.raises(ConcurrentUpdate):
        retry_unit_of_work(archive, always_stale, attempts=4)
    assert len(calls) == 4
    assert archive.get(Customer, read_earlier.number).name == "王建国"


def test_on_duckdb_a_write_the_database_refuses_spoils_the_whole_unit_of_work(
    tmp_path: Path,
) -> None:
    # No SAVEPOINT to undo just that write: the unit of work raises at its end even
    # though the error was caught inside, and stores nothing.
    url = f"duckdb:///{tmp_path}/autocrm.duckdb"
    mine, theirs = SqlArchive.from_url(url), SqlArchive.from_url(url)

    def caught_inside() -> None:
        with mine.unit_of_work() as uow:
            uow.add(Customer(name="王建国"), actor=ACTOR, at=AT)
            # Committed after our transaction began: our check cannot see it, the
            # database refuses our copy of the key.
            theirs.add(Vehicle(VIN, "C000009"), actor="客服-王强", at=AT)
            with pytest.raises(AlreadyExists) as duplicate:
                uow.add(Vehicle(VIN, "C000001"), actor=ACTOR, at=AT)
            assert (duplicate.value.entity, duplicate.value.entity_id) == ("vehicle", VIN)

    with pytest.raises(StoreError, match="nothing of it was stored"):
        caught_inside()
    assert mine.count(Customer) == 0
    assert mine.get(Vehicle, VIN).customer_number == "C000009"
    mine.engine.dispose()
    theirs.engine.dispose()


def test_on_duckdb_a_write_the_archive_refuses_inside_a_unit_of_work_writes_nothing() -> None:
    # Refused before any SQL write (a key it sees, a stale version), it needs no savepoint.
    archive = SqlArchive.from_url("duckdb:///:memory:")
    kept = archive.add(Customer(name="王建国"), actor=ACTOR, at=AT)
    with archive.unit_of_work() as uow:
        with pytest.raises(AlreadyExists):
            uow.add(Customer(number=kept.number, name="李娜"), actor=ACTOR, at=AT)
        with pytest.raises(ConcurrentUpdate):
            uow.update(attrs.evolve(kept, version=7, name="王健国"), actor=ACTOR, at=AT)
        added = uow.add(Customer(name="张三"), actor=ACTOR, at=AT)
    assert added.number == "C000002"
    assert [(c.number, c.name) for c in archive.find(Customer)] == [
        ("C000001", "王建国"),
        ("C000002", "张三"),
    ]
    assert len(archive.audit_trail("customer")) == 2
