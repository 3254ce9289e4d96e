"""Embedding the archive in a DMS: a schema of its own, the application's transaction,
and Alembic's offline ``--sql`` mode."""

from __future__ import annotations

import io
import uuid
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest

sa = pytest.importorskip("sqlalchemy")
pytest.importorskip("alembic")

from alembic import command  # noqa: E402
from alembic.autogenerate import compare_metadata  # noqa: E402
from alembic.config import Config  # noqa: E402
from alembic.runtime.migration import MigrationContext  # noqa: E402
from tests.integration.conftest import postgres_url  # noqa: E402

from autocrm.adapters.sqlalchemy import (  # noqa: E402
    MIGRATIONS,
    SqlArchive,
    current_revision,
    head_revision,
    metadata,
    upgrade,
)
from autocrm.adapters.sqlalchemy.schemas import (  # noqa: E402
    VERSION_TABLE,
    in_schema,
    schema_of,
)
from autocrm.domain import CHINA_TZ, Customer, Vehicle  # noqa: E402
from autocrm.errors import AlreadyExists, NotSupported, ValidationError  # noqa: E402
from autocrm.ports import Snapshot  # noqa: E402

AT = datetime(2025, 10, 9, 10, 30, tzinfo=CHINA_TZ)
VIN = "LFV2A21K3D3109826"

#: The application's own table that happens to share the archive's table name.
_dms = sa.MetaData()
dms_customers = sa.Table(
    "customers",
    _dms,
    sa.Column("dms_id", sa.Integer, primary_key=True, autoincrement=False),
    sa.Column("label", sa.String(40)),
)

#: An application table for the tests that share one database without schemas.
dms_jobs = sa.Table(
    "dms_jobs",
    _dms,
    sa.Column("dms_id", sa.Integer, primary_key=True, autoincrement=False),
    sa.Column("label", sa.String(40)),
)


def _schema_name() -> str:
    return f"crm_{uuid.uuid4().hex[:10]}"


@pytest.fixture(params=["duckdb", pytest.param("postgres", marks=pytest.mark.postgres)])
def schema_engine(request: pytest.FixtureRequest) -> Iterator[tuple[sa.Engine, str]]:
    """An application's database (its own ``customers`` table) and a schema for autocrm."""
    if request.param == "duckdb":
        pytest.importorskip("duckdb_engine")
        from sqlalchemy.pool import StaticPool

        engine = sa.create_engine("duckdb:///:memory:", poolclass=StaticPool)
        _dms.create_all(engine)
        yield engine, "crm"
        engine.dispose()
        return
    engine = request.getfixturevalue("postgres_engine")
    schema = _schema_name()
    _dms.create_all(engine)
    try:
        yield engine, schema
    finally:
        with engine.begin() as connection:
            connection.exec_driver_sql(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')


def _differences(engine: sa.Engine, schema: str) -> list[object]:
    with engine.connect() as connection:
        context = MigrationContext.configure(
            connection.execution_options(schema_translate_map={None: schema}),
            opts={
                "compare_type": True,
                "version_table": VERSION_TABLE,
                "version_table_schema": schema,
                "include_schemas": True,
                "include_name": lambda name, kind, _parent: kind != "schema" or name == schema,
            },
        )
        placed = sa.MetaData(schema=schema, naming_convention=metadata.naming_convention)
        for table in metadata.sorted_tables:
            table.to_metadata(placed, schema=schema)
        return list(compare_metadata(context, placed))


# -- a schema of its own ----------------------------------------------------------------


def test_the_archive_lives_in_its_schema_beside_the_applications_tables(
    schema_engine: tuple[sa.Engine, str],
) -> None:
    engine, schema = schema_engine
    with engine.begin() as connection:
        connection.execute(dms_customers.insert(), [{"dms_id": 1, "label": "DMS row"}])
    archive = SqlArchive(in_schema(engine, schema))
    upgrade(archive.engine)
    customer = archive.add(Customer(name="王建国", mobile="13800138000"), actor="a", at=AT)
    archive.add(Vehicle(vin=VIN, customer_number=customer.number), actor="a", at=AT)

    assert archive.get(Customer, customer.number).name == "王建国"
    assert archive.count(Vehicle) == 1
    assert len(archive.snapshot().customers) == 1
    assert current_revision(archive.engine) == head_revision()
    with engine.connect() as connection:
        outside = (
            connection.exec_driver_sql(
                "SELECT table_name FROM information_schema.tables"
                " WHERE table_schema = current_schema()"
            )
            .scalars()
            .all()
        )
        assert VERSION_TABLE not in outside
        assert "vehicles" not in outside
        assert connection.execute(sa.select(dms_customers.c.label)).scalars().all() == ["DMS row"]
        in_its_schema = sa.inspect(connection).get_table_names(schema=schema)
    assert {"customers", "vehicles", VERSION_TABLE} <= set(in_its_schema)


@pytest.mark.postgres
def test_from_url_creates_the_schema_and_reopens_it() -> None:
    url = postgres_url()
    schema = _schema_name()
    try:
        archive = SqlArchive.from_url(url, schema=schema)
        number = archive.add(Customer(name="李娜"), actor="a", at=AT).number
        archive.engine.dispose()
        again = SqlArchive.from_url(url, schema=schema, create=False)
        assert again.get(Customer, number).name == "李娜"
        assert schema_of(again.engine) == schema
        again.engine.dispose()
    finally:
        admin = sa.create_engine(url)
        with admin.begin() as connection:
            connection.exec_driver_sql(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')
        admin.dispose()


def test_bulk_load_writes_into_the_schema(schema_engine: tuple[sa.Engine, str]) -> None:
    engine, schema = schema_engine
    archive = SqlArchive(engine, schema=schema)
    upgrade(archive.engine)
    snapshot = Snapshot(
        customers=[Customer(number="C000007", name="张伟")],
        vehicles=[Vehicle(vin=VIN, customer_number="C000007")],
        customer_sequence=7,
    )
    archive.restore(snapshot)
    assert archive.get(Vehicle, VIN).customer_number == "C000007"
    with engine.connect() as connection:
        rows = connection.execute(sa.select(sa.func.count()).select_from(dms_customers))
        assert rows.scalar() == 0


def test_a_schema_on_sqlite_is_refused_in_one_sentence() -> None:
    with pytest.raises(NotSupported, match="one namespace per database file"):
        SqlArchive.from_url("sqlite://", schema="crm")


@pytest.mark.parametrize("name", ["", "1crm", "crm; DROP TABLE x", "c" * 64, 7])
def test_a_schema_name_that_is_not_a_plain_identifier_is_refused(name: object) -> None:
    with pytest.raises(ValidationError, match="schema:") as caught:
        SqlArchive.from_url("duckdb:///:memory:", schema=name)  # type: ignore[arg-type]
    assert caught.value.field == "schema"


# -- the application's transaction -------------------------------------------------------


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def app_engine(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[sa.Engine]:
    """An application's database holding the archive tables and its own."""
    if request.param == "sqlite":
        engine = sa.create_engine(f"sqlite:///{tmp_path / 'dms.db'}")
        upgrade(engine)  # also switches the engine to explicit transactions
        _dms.create_all(engine)
        yield engine
        engine.dispose()
        return
    engine = request.getfixturevalue("postgres_engine")
    upgrade(engine)
    _dms.create_all(engine)
    yield engine


def _counts(engine: sa.Engine) -> tuple[int, int]:
    with engine.connect() as connection:
        dms = connection.execute(sa.select(sa.func.count()).select_from(dms_jobs)).scalar()
    return int(dms or 0), SqlArchive(engine).count(Customer)


def test_the_application_commits_its_writes_and_the_archives_together(
    app_engine: sa.Engine,
) -> None:
    with app_engine.connect() as connection:
        connection.execute(dms_jobs.insert(), [{"dms_id": 1, "label": "walk-in"}])
        archive = SqlArchive.from_connection(connection)
        archive.add(Customer(name="王建国"), actor="a", at=AT)
        assert archive.count(Customer) == 1  # the archive reads inside the transaction
        assert _counts(app_engine) == (0, 0)  # nothing committed yet
        connection.commit()
    assert _counts(app_engine) == (1, 1)


def test_the_application_rolls_back_the_archives_writes_with_its_own(
    app_engine: sa.Engine,
) -> None:
    with app_engine.connect() as connection:
        connection.execute(dms_jobs.insert(), [{"dms_id": 1, "label": "walk-in"}])
        archive = SqlArchive.from_connection(connection)
        with archive.unit_of_work() as uow:
            uow.add(Customer(name="王建国"), actor="a", at=AT)
            uow.add(Customer(name="李娜"), actor="a", at=AT)
        connection.rollback()
    assert _counts(app_engine) == (0, 0)


def test_a_refused_operation_undoes_only_itself_inside_the_applications_transaction(
    app_engine: sa.Engine,
) -> None:
    with app_engine.connect() as connection:
        archive = SqlArchive.from_connection(connection)
        archive.add(Customer(number="C000001", name="王建国"), actor="a", at=AT)
        with pytest.raises(AlreadyExists):
            archive.add(Customer(number="C000001", name="重复"), actor="a", at=AT)
        connection.execute(dms_jobs.insert(), [{"dms_id": 2, "label": "after"}])
        connection.commit()
    assert _counts(app_engine) == (1, 1)
    assert SqlArchive(app_engine).get(Customer, "C000001").name == "王建国"


def _add_then_cancel(archive: SqlArchive) -> None:
    with archive.unit_of_work() as uow:
        uow.add(Customer(name="王建国"), actor="a", at=AT)
        raise RuntimeError("the advisor cancelled")


def test_a_unit_of_work_that_raises_leaves_the_applications_writes(
    app_engine: sa.Engine,
) -> None:
    with app_engine.connect() as connection:
        connection.execute(dms_jobs.insert(), [{"dms_id": 3, "label": "kept"}])
        archive = SqlArchive.from_connection(connection)
        with pytest.raises(RuntimeError, match="cancelled"):
            _add_then_cancel(archive)
        connection.commit()
    assert _counts(app_engine) == (1, 0)


def test_a_schema_on_the_applications_connection_leaves_its_own_statements_alone(
    schema_engine: tuple[sa.Engine, str],
) -> None:
    engine, schema = schema_engine
    upgrade(in_schema(engine, schema))
    with engine.connect() as connection:
        archive = SqlArchive.from_connection(connection, schema=schema)
        archive.add(Customer(name="王建国"), actor="a", at=AT)
        connection.execute(dms_customers.insert(), [{"dms_id": 9, "label": "own table"}])
        assert schema_of(connection) is None
        connection.commit()
    with engine.connect() as connection:
        assert connection.execute(sa.select(dms_customers.c.label)).scalars().all() == ["own table"]
    assert SqlArchive(engine, schema=schema).count(Customer) == 1


def test_from_connection_refuses_what_is_not_a_connection() -> None:
    with pytest.raises(ValidationError, match="connection:"):
        SqlArchive.from_connection(sa.create_engine("sqlite://"))  # type: ignore[arg-type]


# -- Alembic's offline --sql mode -----------------------------------------------------------


def _offline_script(url: str, schema: str | None = None) -> str:
    buffer = io.StringIO()
    config = Config(output_buffer=buffer, cmd_opts=None)
    config.set_main_option("script_location", str(MIGRATIONS))
    config.set_main_option("sqlalchemy.url", url)
    if schema is not None:
        config.cmd_opts = type("Options", (), {"x": [f"schema={schema}"]})()  # type: ignore[assignment]
    command.upgrade(config, "head", sql=True)
    return buffer.getvalue()


@pytest.mark.postgres
@pytest.mark.parametrize("own_schema", [False, True])
def test_the_offline_script_builds_the_same_archive_as_an_online_upgrade(
    own_schema: bool,
) -> None:
    url = postgres_url()
    schema = _schema_name()
    script = _offline_script(url, schema if own_schema else None)
    assert "Running upgrade 0001 -> 0002" in script
    assert "INSERT INTO" in script
    admin = sa.create_engine(url)
    try:
        with admin.begin() as connection:
            if not own_schema:
                connection.exec_driver_sql(f'CREATE SCHEMA "{schema}"')
                connection.exec_driver_sql(f'SET LOCAL search_path TO "{schema}"')
            connection.exec_driver_sql(script)
        assert _differences(admin, schema) == []
        archive = SqlArchive(admin, schema=schema)
        assert current_revision(archive.engine) == head_revision()
        assert archive.add(Customer(name="赵敏"), actor="a", at=AT).number == "C000001"
    finally:
        with admin.begin() as connection:
            connection.exec_driver_sql(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')
        admin.dispose()


def test_the_offline_script_is_refused_on_sqlite_with_the_way_out() -> None:
    with pytest.raises(NotSupported, match="autocrm upgrade"):
        _offline_script("sqlite:///offline.db")


def test_offline_0002_moves_issues_with_one_statement_per_dialect() -> None:
    script = _offline_script("postgresql+psycopg://dms@db.example/dms")
    assert "json_array_elements" in script
    assert "json_agg" not in script  # the way back is only in a downgrade script
