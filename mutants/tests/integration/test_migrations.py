"""The Alembic migrations shipped in the package create exactly the adapter's tables."""

from __future__ import annotations

from typing import Any

import pytest

sa = pytest.importorskip("sqlalchemy")
pytest.importorskip("alembic")

from alembic.autogenerate import compare_metadata  # noqa: E402
from alembic.runtime.migration import MigrationContext  # noqa: E402

from autocrm.adapters.sqlalchemy import (  # noqa: E402
    current_revision,
    downgrade,
    head_revision,
    metadata,
    upgrade,
)
from autocrm.errors import NotSupported  # noqa: E402


def _differences(engine: sa.Engine) -> list[object]:
    if engine.dialect.name == "duckdb":
        return _duckdb_differences(engine)
    with engine.connect() as connection:
        context = MigrationContext.configure(
            connection,
            opts={"compare_type": True, "version_table": "autocrm_alembic_version"},
        )
        return list(compare_metadata(context, metadata))


def _duckdb_differences(engine: sa.Engine) -> list[object]:
    """Alembic's comparison, read from DuckDB's own catalog.

    duckdb-engine borrows PostgreSQL's reflection, which asks ``pg_catalog`` for
    what DuckDB does not emulate (collations, indexes); DuckDB's ``duckdb_columns()``,
    ``duckdb_constraints()`` and ``duckdb_indexes()`` tell the same: tables, column
    types and nullability, primary keys, unique constraints and indexes (DuckDB
    keeps no constraint names, so those compare by columns).
    """
    differences: list[object] = []
    with engine.connect() as connection:

        def rows(sql: str, table: str) -> list[Any]:
            return list(connection.exec_driver_sql(sql, (table,)).all())

        def duckdb_type(column: sa.Column[Any]) -> str:
            declared = column.type.compile(dialect=engine.dialect)
            return str(
                connection.exec_driver_sql(f"SELECT typeof(CAST(NULL AS {declared}))").scalar()
            )

        stored = {
            name for (name,) in connection.exec_driver_sql("SELECT table_name FROM duckdb_tables()")
        }
        for table in metadata.sorted_tables:
            if table.name not in stored:
                differences.append(("add_table", table))
                continue
            columns = {
                name: (data_type, nullable)
                for name, data_type, nullable in rows(
                    "SELECT column_name, data_type, is_nullable FROM duckdb_columns()"
                    " WHERE table_name = ?",
                    table.name,
                )
            }
            expected = {c.name: (duckdb_type(c), c.nullable) for c in table.columns}
            differences.extend(
                ("column", table.name, name, columns.get(name), wanted)
                for name, wanted in expected.items()
                if columns.get(name) != wanted
            )
            differences.extend(
                ("remove_column", table.name, name) for name in columns.keys() - expected.keys()
            )
            constraints = {
                (kind, tuple(names))
                for kind, names in rows(
                    "SELECT constraint_type, constraint_column_names FROM duckdb_constraints()"
                    " WHERE table_name = ? AND constraint_type IN ('PRIMARY KEY', 'UNIQUE')",
                    table.name,
                )
            }
            wanted_constraints = (
                {("PRIMARY KEY", tuple(table.primary_key.columns.keys()))}
                | {
                    ("UNIQUE", tuple(c.name for c in u.columns))  # type: ignore[attr-defined]
                    for u in table.constraints
                    if isinstance(u, sa.UniqueConstraint)
                }
                | {("UNIQUE", (c.name,)) for c in table.columns if c.unique}
            )
            if constraints != wanted_constraints:
                differences.append(("constraints", table.name, constraints, wanted_constraints))
            indexes = {
                (name, tuple(part.strip("'\" ") for part in expressions.strip("[]").split(",")))
                for name, expressions in rows(
                    "SELECT index_name, expressions FROM duckdb_indexes() WHERE table_name = ?",
                    table.name,
                )
            }
            wanted_indexes = {
                (str(index.name), tuple(c.name for c in index.columns)) for index in table.indexes
            }
            if indexes != wanted_indexes:
                differences.append(("indexes", table.name, indexes, wanted_indexes))
    return differences


def test_migrations_match_the_tables(engine: sa.Engine) -> None:
    upgrade(engine)
    assert _differences(engine) == []


def test_an_empty_database_differs_so_the_comparison_can_fail(engine: sa.Engine) -> None:
    differences = _differences(engine)
    added = {diff[1].name for diff in differences if diff[0] == "add_table"}  # type: ignore[index]
    assert {"customers", "work_order_lines", "audit_entries"} <= added


def test_downgrade_to_base_and_upgrade_again(engine: sa.Engine) -> None:
    upgrade(engine)
    if engine.dialect.name == "duckdb":
        with pytest.raises(NotSupported, match="DuckDB cannot drop"):
            downgrade(engine)
        assert current_revision(engine) == head_revision()  # refused whole: nothing undone
        return
    downgrade(engine)
    assert current_revision(engine) is None
    assert "customers" not in sa.inspect(engine).get_table_names()
    upgrade(engine)
    assert current_revision(engine) == head_revision()
    assert _differences(engine) == []


def test_the_customer_number_counter_starts_at_zero(engine: sa.Engine) -> None:
    upgrade(engine)
    with engine.connect() as connection:
        rows = connection.execute(sa.text("SELECT name, value FROM sequences")).all()
    assert [tuple(r) for r in rows] == [("customer_number", 0)]


def test_0002_moves_reported_issues_out_of_json_and_back(engine: sa.Engine) -> None:
    from datetime import datetime, timezone

    from autocrm.adapters.sqlalchemy import SqlArchive
    from autocrm.domain import FollowUp

    upgrade(engine, "0001")
    at = datetime(2025, 10, 13, 2, tzinfo=timezone.utc)
    issues = [
        {"category": "hardware", "position": "reception", "description": "休息区空调太冷"},
        {"category": "attitude", "position": "cashier", "description": None},
    ]
    with engine.begin() as connection:
        connection.execute(
            sa.text(
                "INSERT INTO followups (number, kind, customer_number, earliest, due, latest,"
                " next_attempt_on, status, estimated, version) VALUES ('F1', '3dc', 'C000001',"
                " '2025-10-13', '2025-10-13', '2025-10-13', '2025-10-13', 'completed', false, 0)"
            )
        )
        table = sa.table(
            "call_attempts",
            sa.column("followup_number"),
            sa.column("position"),
            sa.column("at", sa.DateTime(timezone=True)),
            sa.column("outcome"),
            sa.column("rating"),
            sa.column("issues", sa.JSON),
        )
        attempt = {"followup_number": "F1", "at": at, "rating": 4}
        connection.execute(
            table.insert(),
            [
                {**attempt, "position": 0, "outcome": "no_answer", "rating": None, "issues": []},
                {**attempt, "position": 1, "outcome": "completed", "issues": issues},
            ],
        )
    if engine.dialect.name == "duckdb":
        # DuckDB cannot go back below 0004 (see the test above): 0002 is checked there
        # in its own table, without the archive of the newest revision.
        upgrade(engine, "0003")
        with engine.connect() as connection:
            moved = connection.exec_driver_sql(
                "SELECT category, job_position, description FROM call_attempt_issues"
                " ORDER BY attempt_position, position"
            ).all()
        assert [tuple(row) for row in moved] == [
            ("hardware", "reception", "休息区空调太冷"),
            ("attitude", "cashier", None),
        ]
    else:
        upgrade(engine)
        assert _differences(engine) == []
        followup = SqlArchive(engine).get(FollowUp, "F1")
        reported = followup.attempts[1].issues
        assert [(i.category.value, i.position.value, i.description) for i in reported] == [
            ("hardware", "reception", "休息区空调太冷"),
            ("attitude", "cashier", None),
        ]
        assert followup.attempts[0].issues == ()
    downgrade(engine, "0001")
    with engine.connect() as connection:
        rows = connection.execute(
            sa.select(sa.column("position"), sa.column("issues", sa.JSON))
            .select_from(sa.table("call_attempts"))
            .order_by(sa.column("position"))
        ).all()
    assert [(position, value) for position, value in rows] == [(0, []), (1, issues)]
