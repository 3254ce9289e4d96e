"""Alembic environment of the autocrm archive tables.

It is run by [`autocrm.adapters.sqlalchemy.upgrade`][autocrm.adapters.sqlalchemy.upgrade], which
passes an open connection in ``config.attributes["connection"]``; a URL in the ``sqlalchemy.url``
option works too (the ``alembic`` command line). Importing the module outside
Alembic does nothing.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager, suppress

import sqlalchemy as sa
from alembic import context

from autocrm.adapters.sqlalchemy.schemas import VERSION_TABLE, check_schema_name, schema_of
from autocrm.adapters.sqlalchemy.tables import metadata
from autocrm.errors import NotSupported


@contextmanager
def _searching(connection: sa.Connection, schema: str | None) -> Iterator[None]:
    """Create ``schema`` if missing and make it where unqualified names resolve, meanwhile.

    Alembic's own DDL (``ALTER TABLE``, batch operations, indexes) names tables
    without a schema and is not reached by ``schema_translate_map``; with the
    search path set, every statement of the migrations lands in the archive's
    schema. The connection's setting is put back afterwards (on PostgreSQL a failed
    transaction takes the change back with it).
    """
    if schema is None:
        yield
        return
    connection.execute(sa.schema.CreateSchema(schema, if_not_exists=True))
    setting = "search_path" if connection.dialect.name == "postgresql" else "schema"
    before = connection.exec_driver_sql(f"SELECT current_setting('{setting}')").scalar()
    connection.exec_driver_sql(f"SET {setting} = '{schema}'")
    try:
        yield
    except BaseException:
        if connection.dialect.name != "postgresql":
            with suppress(sa.exc.SQLAlchemyError):
                connection.exec_driver_sql(f"SET {setting} = '{before}'")
        raise
    if before:
        connection.exec_driver_sql(f"SET {setting} = '{before}'")
    else:
        connection.exec_driver_sql(f"RESET {setting}")


def _run(connection: sa.Connection) -> None:
    schema = schema_of(connection)
    context.configure(
        connection=connection,
        target_metadata=metadata,
        version_table=VERSION_TABLE,
        version_table_schema=schema,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with _searching(connection, schema), context.begin_transaction():
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
        _run_offline(sa.make_url(url))  # type: ignore[arg-type]
        return
    engine = sa.create_engine(url)  # type: ignore[arg-type]
    try:
        with engine.begin() as conn:
            _run(conn)
    finally:
        engine.dispose()


def _run_offline(url: sa.URL) -> None:
    """Write the migrations as a SQL script (``alembic upgrade head --sql``): PostgreSQL only.

    ``-x schema=NAME`` puts the archive in a schema of its own: the script creates it
    and sets the ``search_path`` to it. SQLite cannot alter a table without reading it
    (Alembic's batch mode needs a live database), and DuckDB's data moves are written
    in Python: both upgrade online (``autocrm upgrade``).
    """
    if url.get_backend_name() != "postgresql":
        msg = (
            f"Alembic's offline --sql mode is supported on PostgreSQL, not on "
            f"{url.get_backend_name()}: upgrade online with `autocrm upgrade`"
        )
        raise NotSupported(msg)
    schema = context.get_x_argument(as_dictionary=True).get("schema")
    if schema is not None:
        check_schema_name(schema, dialect="postgresql")
    context.configure(
        url=url,
        target_metadata=metadata,
        version_table=VERSION_TABLE,
        version_table_schema=schema,
    )
    with context.begin_transaction():
        if schema is not None:
            context.execute(f'CREATE SCHEMA IF NOT EXISTS "{schema}"')
            context.execute(f'SET search_path TO "{schema}"')
        context.run_migrations()


def _inside_alembic() -> bool:
    try:
        context.config  # noqa: B018 - raises outside an Alembic run
    except (NameError, AttributeError):  # imported outside Alembic (doctest collection)
        return False
    return True


if _inside_alembic():
    run_migrations()
