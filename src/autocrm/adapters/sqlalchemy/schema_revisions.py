"""The archive's schema revisions: bring a database up (or down) to a shipped revision.

The tables are created and changed by the Alembic migrations shipped with the package
(``MIGRATIONS``); ``upgrade`` applies them in one transaction, ``downgrade`` takes
them back, ``current_revision`` reads where a database stands and ``head_revision``
names the newest. The package ``autocrm.adapters.sqlalchemy`` exports them too.

Examples:
    >>> from sqlalchemy.pool import StaticPool
    >>> engine = sa.create_engine("sqlite://", poolclass=StaticPool)
    >>> current_revision(engine) is None
    True
    >>> upgrade(engine)
    >>> current_revision(engine) == head_revision()
    True
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from autocrm.adapters.sqlalchemy.dialects import prepare_engine
from autocrm.adapters.sqlalchemy.engine import SQLITE_BEGIN, use_real_sqlite_transactions
from autocrm.adapters.sqlalchemy.schemas import VERSION_TABLE, schema_of
from autocrm.domain.checks import expect
from autocrm.errors import StoreError, StoreNotFound, StoreOutOfDate, ValidationError, shown

__all__ = [
    "MIGRATIONS",
    "current_revision",
    "downgrade",
    "head_revision",
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


_NAMED_REVISIONS = re.compile(r"(head|heads|base|[+-][0-9]{1,4})\Z")


def _check_migration_arguments(engine: object, revision: object) -> None:
    """Refuse what is no engine, and a revision that is neither a name nor a shipped one."""
    from alembic.script import ScriptDirectory
    from alembic.util import CommandError

    expect(engine, (sa.Engine, sa.Connection), field="engine")
    revision = expect(revision, str, field="revision")
    if _NAMED_REVISIONS.match(revision):
        return
    try:
        if ScriptDirectory(str(MIGRATIONS)).get_revision(revision) is not None:
            return
    except (CommandError, AssertionError, KeyError, ValueError):
        pass
    msg = (
        f"revision: expected head, base, +N, -N or a revision of the shipped migrations "
        f"(0001 to {head_revision()}), got {shown(revision)}"
    )
    raise ValidationError(msg, field="revision", value=revision)


def _run_migration(
    step: Callable[[Any, str], None], engine: sa.Engine | sa.Connection, revision: str
) -> None:
    """Run an Alembic ``step`` to ``revision``: in the caller's connection, or one transaction."""
    _check_migration_arguments(engine, revision)
    if isinstance(engine, sa.Connection):
        step(_alembic_config(engine), revision)
        return
    with _schema_transaction(engine) as connection:
        step(_alembic_config(connection), revision)


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

    _run_migration(command.upgrade, engine, revision)


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

    _run_migration(command.downgrade, engine, revision)


def current_revision(engine: sa.Engine) -> str | None:
    """Return the Alembic revision the database is at, or None if never upgraded.

    Examples:
        >>> current_revision(sa.create_engine("sqlite://")) is None
        True
    """
    from alembic.runtime.migration import MigrationContext

    expect(engine, sa.Engine, field="engine")
    prepare_engine(engine)
    with engine.connect() as connection:
        context = MigrationContext.configure(
            connection,
            opts={"version_table": VERSION_TABLE, "version_table_schema": schema_of(engine)},
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


def _check_revision(engine: sa.Engine, where: str, *, create: bool) -> None:
    """Refuse a schema newer than this autocrm; unless creating, one missing or older.

    ``SqlArchive.from_url`` asks it before it opens (and, creating, upgrades) an archive;
    ``where`` is the URL as messages show it.
    """
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

    try:
        return ScriptDirectory(str(MIGRATIONS)).get_revision(revision) is not None
    except CommandError:
        return False
