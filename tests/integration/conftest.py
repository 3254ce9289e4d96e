"""Fixtures of the SQL adapter tests: an ``engine`` on SQLite and on PostgreSQL.

The PostgreSQL engine reads ``AUTOCRM_TEST_POSTGRES_URL`` (``.ci/run`` starts a
server and sets it) and skips with a reason when it is unset. Every test gets an
empty database: a fresh in-memory SQLite, or a PostgreSQL schema of its own that
is dropped afterwards.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator

import pytest

sa = pytest.importorskip("sqlalchemy")
pytest.importorskip("alembic")

from sqlalchemy.pool import StaticPool  # noqa: E402

POSTGRES_URL_VARIABLE = "AUTOCRM_TEST_POSTGRES_URL"


def postgres_url() -> str:
    """The PostgreSQL URL of the tests, or skip the test."""
    url = os.environ.get(POSTGRES_URL_VARIABLE)
    if not url:
        pytest.skip(f"{POSTGRES_URL_VARIABLE} is not set: PostgreSQL tests skipped")
    return url


def sqlite_engine() -> sa.Engine:
    """A fresh in-memory SQLite database shared by every connection of the engine."""
    return sa.create_engine("sqlite://", poolclass=StaticPool)


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


@pytest.fixture(
    scope="module", params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)]
)
def module_engine(request: pytest.FixtureRequest) -> Iterator[sa.Engine]:
    """A database with the archive tables, shared by the tests of a module."""
    from autocrm.adapters.sqlalchemy import upgrade

    if request.param == "sqlite":
        engine = sqlite_engine()
        upgrade(engine)
        yield engine
        engine.dispose()
    else:
        for engine in _postgres_schema_engine():
            upgrade(engine)
            yield engine


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def engine(request: pytest.FixtureRequest) -> Iterator[sa.Engine]:
    """An empty database, without tables: SQLite in memory, then PostgreSQL."""
    if request.param == "sqlite":
        engine = sqlite_engine()
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
