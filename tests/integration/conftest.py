"""Fixtures of the SQL adapter tests: an ``engine`` on SQLite, PostgreSQL and DuckDB.

The PostgreSQL engine reads ``AUTOCRM_TEST_POSTGRES_URL`` (``.ci/run`` starts a
server and sets it) and skips with a reason when it is unset. Every test gets an
empty database: a fresh in-memory SQLite, a PostgreSQL schema of its own that is
dropped afterwards, or a fresh in-memory DuckDB (through duckdb-engine, extra
``duckdb``). ``ENGINES`` are the fixture parameters; a test module with an engine
fixture of its own uses them too, so every SQL test runs on all three.

``module_engine`` is one database with the archive tables per module and engine
(``archive_engine`` makes one, for a module's own fixtures), and ``fresh_sql_archive``
empties it into a new archive on each call.

The helpers here are imported by the test modules (``from tests.integration.conftest
import restored``): ``cleared`` empties the archive tables of a database, ``restored``
puts a snapshot alone into one, ``shape`` spells out the types inside a value read back;
``writing_examples`` gives a property that writes into the database each example a
share of the profile's examples, and ``WHOLE_ARCHIVES`` gives one that restores a whole
drawn archive each example six examples.
"""

from __future__ import annotations

import enum
import os
import uuid
from collections.abc import Callable, Iterator
from datetime import datetime
from decimal import Decimal
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

import attrs
import pytest
from hypothesis import HealthCheck, settings

sa = pytest.importorskip("sqlalchemy")
pytest.importorskip("alembic")

from sqlalchemy.pool import StaticPool  # noqa: E402

if TYPE_CHECKING:
    from autocrm.adapters.sqlalchemy import SqlArchive
    from autocrm.adapters.sqlalchemy.encryption import Cipher
    from autocrm.domain import Snapshot

POSTGRES_URL_VARIABLE = "AUTOCRM_TEST_POSTGRES_URL"

#: The engines every SQL test runs on (PostgreSQL only when its URL is set).
ENGINES = ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres), "duckdb"]


def postgres_url() -> str:
    """The PostgreSQL URL of the tests, or skip the test."""
    url = os.environ.get(POSTGRES_URL_VARIABLE)
    if not url:
        pytest.skip(f"{POSTGRES_URL_VARIABLE} is not set: PostgreSQL tests skipped")
    return url


def sqlite_engine() -> sa.Engine:
    """A fresh in-memory SQLite database shared by every connection of the engine."""
    return sa.create_engine("sqlite://", poolclass=StaticPool)


def duckdb_engine() -> sa.Engine:
    """A fresh in-memory DuckDB database, one connection shared by the engine."""
    pytest.importorskip("duckdb_engine")
    return sa.create_engine("duckdb:///:memory:", poolclass=StaticPool)


def memory_engine(name: str) -> sa.Engine:
    """A fresh in-memory database of ``name`` ("sqlite" or "duckdb")."""
    return sqlite_engine() if name == "sqlite" else duckdb_engine()


def cleared(engine: sa.Engine) -> None:
    """Delete every row of the archive tables in the database of ``engine`` (which has
    them), children first, so that the next test or example starts from an empty store."""
    from autocrm.adapters.sqlalchemy import metadata

    with engine.begin() as connection:
        for table in reversed(metadata.sorted_tables):
            connection.execute(table.delete())


def restored(engine: sa.Engine, snapshot: Snapshot, *, cipher: Cipher | None = None) -> SqlArchive:
    """``snapshot`` alone in the database of ``engine``, which has the archive tables: the
    rows of earlier examples or tests deleted (``cleared``), then restored into an archive
    with ``cipher`` (none: the fields are stored in the clear)."""
    from autocrm.adapters.sqlalchemy import SqlArchive

    cleared(engine)
    archive = SqlArchive(engine, cipher=cipher)
    archive.restore(snapshot)
    return archive


def shape(value: Any) -> Any:
    """``value`` with the type of every part beside it, the zone of every instant and the
    digits of every amount too: two reads of the same records that compare equal may
    still differ in those (a code left as text equals its enumeration member)."""
    if attrs.has(type(value)):
        fields = attrs.fields(type(value))
        return (type(value), tuple((a.name, shape(getattr(value, a.name))) for a in fields))
    if isinstance(value, (tuple, list)):
        return (type(value), tuple(shape(item) for item in value))
    if isinstance(value, frozenset):
        return (frozenset, frozenset(shape(item) for item in value))
    if isinstance(value, MappingProxyType):
        return (MappingProxyType, tuple(sorted(value.items())))
    if isinstance(value, enum.Enum):
        return (type(value), value.value)
    if isinstance(value, datetime):
        return (datetime, value.isoformat(), value.tzinfo)
    if isinstance(value, Decimal):
        return (Decimal, str(value))
    return (type(value), value)


def writing_examples(divisor: int = 2) -> settings:
    """Settings of a property whose every example writes into the database of an engine
    fixture (its tables emptied or dropped first): the profile's examples divided by
    ``divisor``, at least one, and the health check on function-scoped fixtures off (the
    fixture's one database serves every example)."""
    return settings(
        max_examples=max(1, settings.default.max_examples // divisor),
        suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    )


#: Settings of a property that restores a whole drawn archive (every collection, at edge
#: instants) into the module's database and reads it back each example: six examples
#: whatever the profile, no deadline, large draws allowed.
WHOLE_ARCHIVES = settings(
    max_examples=6,
    deadline=None,
    suppress_health_check=[
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
        HealthCheck.function_scoped_fixture,
    ],
)


def _postgres_schema_engine() -> Iterator[sa.Engine]:
    url = postgres_url()
    schema = f"autocrm_test_{uuid.uuid4().hex[:12]}"
    admin = sa.create_engine(url)
    with admin.begin() as connection:
        connection.exec_driver_sql(f'CREATE SCHEMA "{schema}"')
    engine = sa.create_engine(url, connect_args={"options": f"-csearch_path={schema}"})
    try:
        yield engine
    finally:
        engine.dispose()
        with admin.begin() as connection:
            connection.exec_driver_sql(f'DROP SCHEMA "{schema}" CASCADE')
        admin.dispose()


@pytest.fixture
def postgres_engine() -> Iterator[sa.Engine]:
    """An engine whose connections use a schema of their own, dropped at the end."""
    yield from _postgres_schema_engine()


def archive_engine(name: str) -> Iterator[sa.Engine]:
    """A fresh database of ``name`` ("sqlite", "postgres" or "duckdb") with the archive
    tables, for a fixture to yield from: disposed at the end (PostgreSQL: its schema
    dropped)."""
    from autocrm.adapters.sqlalchemy import upgrade

    if name != "postgres":
        engine = memory_engine(name)
        upgrade(engine)
        yield engine
        engine.dispose()
    else:
        for engine in _postgres_schema_engine():
            upgrade(engine)
            yield engine


@pytest.fixture(scope="module", params=ENGINES)
def module_engine(request: pytest.FixtureRequest) -> Iterator[sa.Engine]:
    """A database with the archive tables, shared by the tests of a module."""
    yield from archive_engine(request.param)


@pytest.fixture(scope="module")
def fresh_sql_archive(module_engine: sa.Engine) -> Callable[[], SqlArchive]:
    """A function returning an empty archive in the module's database (the tables are
    emptied each call)."""
    from autocrm.adapters.sqlalchemy import SqlArchive

    def fresh() -> SqlArchive:
        cleared(module_engine)
        return SqlArchive(module_engine)

    return fresh


@pytest.fixture(params=ENGINES)
def engine(request: pytest.FixtureRequest) -> Iterator[sa.Engine]:
    """An empty database, without tables: SQLite in memory, PostgreSQL, DuckDB in memory."""
    if request.param != "postgres":
        engine = memory_engine(request.param)
        yield engine
        engine.dispose()
    else:
        yield request.getfixturevalue("postgres_engine")


@pytest.fixture
def file_engine(tmp_path: object) -> Iterator[sa.Engine]:
    """A SQLite database in a file (several connections, real transactions)."""
    engine = sa.create_engine(f"sqlite:///{tmp_path}/autocrm.db")  # type: ignore[str-bytes-safe]
    yield engine
    engine.dispose()


@pytest.fixture
def duckdb_file_engine(tmp_path: object) -> Iterator[sa.Engine]:
    """A DuckDB database in a file (several connections, real transactions)."""
    pytest.importorskip("duckdb_engine")
    engine = sa.create_engine(f"duckdb:///{tmp_path}/autocrm.duckdb")  # type: ignore[str-bytes-safe]
    yield engine
    engine.dispose()
