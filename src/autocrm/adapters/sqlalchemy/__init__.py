"""The SQLAlchemy adapter: the archive in SQLite, PostgreSQL, DuckDB or another database.

Install the extra ``autocrm[sql]`` (``autocrm[postgres]`` adds psycopg,
``autocrm[duckdb]`` adds DuckDB through duckdb-engine). Nothing
here creates an engine at import time: pass yours, or use
:meth:`SqlArchive.from_url`.

Examples:
    >>> from datetime import datetime
    >>> from autocrm.domain import Customer, CHINA_TZ
    >>> archive = SqlArchive.from_url("sqlite://")
    >>> c = archive.add(Customer(name="王建国", mobile="13800138000"), actor="客服-李娜",
    ...                 at=datetime(2025, 10, 9, 10, 0, tzinfo=CHINA_TZ))
    >>> c.number, archive.get(Customer, c.number).mobile
    ('C000001', '+8613800138000')
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from autocrm.extras import require_extra

require_extra("sql", "sqlalchemy", "alembic")

import sqlalchemy as sa  # noqa: E402

from autocrm.adapters.sqlalchemy.dialects import prepare_engine  # noqa: E402
from autocrm.adapters.sqlalchemy.engine import SQLITE_BEGIN, use_real_sqlite_transactions  # noqa: E402
from autocrm.adapters.sqlalchemy.repository import SqlArchive  # noqa: E402
from autocrm.adapters.sqlalchemy.tables import metadata  # noqa: E402

__all__ = [
    "MIGRATIONS",
    "SqlArchive",
    "current_revision",
    "downgrade",
    "head_revision",
    "metadata",
    "upgrade",
]

#: The directory of the Alembic migrations shipped with the package.
MIGRATIONS = Path(__file__).parent / "migrations"


def _alembic_config(connection: sa.Connection) -> object:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = connection
    prepare_engine(connection)
    return config


@contextmanager
def _schema_transaction(engine: sa.Engine) -> Iterator[sa.Connection]:
    """One transaction for a whole migration run; on SQLite a writing one from the start.

    pysqlite on its own runs DDL outside any transaction, so a process killed
    half-way through a schema used to leave half the tables behind.
    """
    use_real_sqlite_transactions(engine)
    with engine.connect() as connection:
        connection = connection.execution_options(**{SQLITE_BEGIN: "IMMEDIATE"})
        with connection.begin():
            yield connection


def upgrade(engine: sa.Engine | sa.Connection, revision: str = "head") -> None:
    """Create the archive tables, or bring them up to ``revision``, with Alembic.

    Works on SQLite (a file, or ``:memory:`` with a ``StaticPool`` engine so every
    connection sees the same database), PostgreSQL and DuckDB. Running it twice is
    harmless. Given an engine, every migration runs in one transaction: an upgrade that fails
    or is killed half-way leaves the database as it was (on SQLite too: the engine
    is switched to explicit transactions, ``BEGIN IMMEDIATE``, first).

    Args:
        engine: An engine, or an open connection (then the caller commits).
        revision: The Alembic revision to reach; the newest by default.

    Examples:
        >>> from sqlalchemy.pool import StaticPool
        >>> engine = sa.create_engine("sqlite://", poolclass=StaticPool)
        >>> upgrade(engine)
        >>> current_revision(engine)
        '0005'
    """
    from alembic import command

    if isinstance(engine, sa.Connection):
        command.upgrade(_alembic_config(engine), revision)  # type: ignore[arg-type]
        return
    with _schema_transaction(engine) as connection:
        command.upgrade(_alembic_config(connection), revision)  # type: ignore[arg-type]


def downgrade(engine: sa.Engine | sa.Connection, revision: str = "base") -> None:
    """Take the database back to ``revision``; ``"base"`` drops every archive table.

    Examples:
        >>> from sqlalchemy.pool import StaticPool
        >>> engine = sa.create_engine("sqlite://", poolclass=StaticPool)
        >>> upgrade(engine)
        >>> downgrade(engine)
        >>> current_revision(engine) is None
        True
    """
    from alembic import command

    if isinstance(engine, sa.Connection):
        command.downgrade(_alembic_config(engine), revision)  # type: ignore[arg-type]
        return
    with _schema_transaction(engine) as connection:
        command.downgrade(_alembic_config(connection), revision)  # type: ignore[arg-type]


def current_revision(engine: sa.Engine) -> str | None:
    """Return the Alembic revision the database is at, or None if never upgraded.

    Examples:
        >>> current_revision(sa.create_engine("sqlite://")) is None
        True
    """
    from alembic.runtime.migration import MigrationContext

    prepare_engine(engine)
    with engine.connect() as connection:
        context = MigrationContext.configure(
            connection, opts={"version_table": "autocrm_alembic_version"}
        )
        return context.get_current_revision()


def head_revision() -> str:
    """Return the newest revision of the shipped migrations (what ``upgrade`` reaches).

    Examples:
        >>> head_revision()
        '0005'
    """
    from alembic.script import ScriptDirectory

    head = ScriptDirectory(str(MIGRATIONS)).get_current_head()
    if head is None:  # pragma: no cover - the package always ships migrations
        msg = f"no migrations in {MIGRATIONS}"
        raise RuntimeError(msg)
    return head
