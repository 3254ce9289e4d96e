"""Alembic environment of the autocrm archive tables.

It is run by :func:`autocrm.adapters.sqlalchemy.upgrade`, which passes an open
connection in ``config.attributes["connection"]``; a URL in the ``sqlalchemy.url``
option works too (the ``alembic`` command line). Importing the module outside
Alembic does nothing.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import context

from autocrm.adapters.sqlalchemy.tables import metadata

#: The version table; named so it never collides with an application's own Alembic.
VERSION_TABLE = "autocrm_alembic_version"


def _run(connection: sa.Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=metadata,
        version_table=VERSION_TABLE,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations() -> None:
    """Run the migrations on the connection given, or on ``sqlalchemy.url``."""
    config = context.config
    connection = config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    url = config.get_main_option("sqlalchemy.url")
    if context.is_offline_mode():
        context.configure(url=url, target_metadata=metadata, version_table=VERSION_TABLE)
        with context.begin_transaction():
            context.run_migrations()
        return
    engine = sa.create_engine(url)  # type: ignore[arg-type]
    try:
        with engine.begin() as conn:
            _run(conn)
    finally:
        engine.dispose()


def _inside_alembic() -> bool:
    try:
        context.config  # noqa: B018 - raises outside an Alembic run
    except (NameError, AttributeError):  # imported outside Alembic (doctest collection)
        return False
    return True


if _inside_alembic():
    run_migrations()
