"""Problems raised in follow-up calls move from JSON to the ``call_attempt_issues`` table.

The department counts the problems raised in calls by category and by job
position; as rows of their own the database counts them with ``GROUP BY`` on every
dialect (JSON array functions differ between SQLite, PostgreSQL and MySQL). The
issues already stored are copied over, then the ``issues`` JSON column of
``call_attempts`` is dropped; the downgrade rebuilds it.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-24
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import sqlalchemy as sa
from alembic import op

from autocrm.adapters.sqlalchemy.schemas import qualified_name

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

_attempts = sa.table(
    "call_attempts",
    sa.column("followup_number", sa.String),
    sa.column("position", sa.Integer),
    sa.column("issues", sa.JSON),
)
_issues = sa.table(
    "call_attempt_issues",
    sa.column("followup_number", sa.String),
    sa.column("attempt_position", sa.Integer),
    sa.column("position", sa.Integer),
    sa.column("category", sa.String),
    sa.column("job_position", sa.String),
    sa.column("description", sa.Text),
)


def _as_list(value: Any) -> list[dict[str, Any]]:
    # SQLite drivers may hand the JSON back as text.
    loaded = json.loads(value) if isinstance(value, str) else value
    return list(loaded or [])


def _on_duckdb() -> bool:
    return bool(op.get_context().dialect.name == "duckdb")


@contextmanager
def _call_attempts_altered() -> Iterator[None]:
    """Alter ``call_attempts``; on DuckDB without its index meanwhile.

    DuckDB refuses to drop a column of, or change a column in, a table that has an
    index (a "dependency error"); the index on ``at`` is dropped for the change and
    made again after it. SQLite and PostgreSQL alter the table as it is.
    """
    on_duckdb = _on_duckdb()
    if on_duckdb:
        op.drop_index(op.f("ix_call_attempts_at"), table_name="call_attempts")
    yield
    if on_duckdb:
        op.create_index(op.f("ix_call_attempts_at"), "call_attempts", ["at"], unique=False)


#: The copy of the issues into rows, as one statement per dialect that has JSON table
#: functions; it also runs in Alembic's offline ``--sql`` mode, where no row can be read.
_ISSUES_TO_ROWS = {
    "postgresql": (
        "INSERT INTO {issues}"
        " (followup_number, attempt_position, position, category, job_position, description)"
        " SELECT a.followup_number, a.position, CAST(e.ordinality - 1 AS INTEGER),"
        " e.value ->> 'category', COALESCE(e.value ->> 'position', 'other'),"
        " e.value ->> 'description'"
        " FROM {attempts} AS a"
        " CROSS JOIN LATERAL json_array_elements(CAST(a.issues AS json))"
        " WITH ORDINALITY AS e(value, ordinality)"
    ),
    "sqlite": (
        "INSERT INTO {issues}"
        " (followup_number, attempt_position, position, category, job_position, description)"
        " SELECT a.followup_number, a.position, CAST(e.key AS INTEGER),"
        " json_extract(e.value, '$.category'),"
        " COALESCE(json_extract(e.value, '$.position'), 'other'),"
        " json_extract(e.value, '$.description')"
        " FROM {attempts} AS a, json_each(a.issues) AS e"
    ),
}

#: The way back: each attempt's rows, in their order, as one JSON array.
_ROWS_TO_ISSUES = {
    "postgresql": (
        "UPDATE {attempts} SET issues = COALESCE(("
        "SELECT json_agg(json_build_object('category', i.category,"
        " 'position', i.job_position, 'description', i.description) ORDER BY i.position)"
        " FROM {issues} AS i"
        " WHERE i.followup_number = call_attempts.followup_number"
        " AND i.attempt_position = call_attempts.position), CAST('[]' AS json))"
    ),
    "sqlite": (
        "UPDATE {attempts} SET issues = COALESCE(("
        "SELECT json_group_array(json(o.issue)) FROM ("
        "SELECT json_object('category', i.category, 'position', i.job_position,"
        " 'description', i.description) AS issue"
        " FROM {issues} AS i"
        " WHERE i.followup_number = call_attempts.followup_number"
        " AND i.attempt_position = call_attempts.position ORDER BY i.position) AS o), '[]')"
    ),
}


def _names() -> dict[str, str]:
    """The two tables' names as the statements above write them (in the archive's schema)."""
    context = op.get_context()
    schema = context.version_table_schema
    return {
        "attempts": qualified_name("call_attempts", schema, context.dialect),
        "issues": qualified_name("call_attempt_issues", schema, context.dialect),
    }


def _offline() -> bool:
    return bool(op.get_context().as_sql)


def _refuse_offline(dialect: str) -> None:
    if _offline():
        msg = (
            f"revision 0002 moves stored data; Alembic's offline --sql mode supports it on "
            f"PostgreSQL and SQLite, not on {dialect}: run the upgrade online"
        )
        raise NotImplementedError(msg)


def _copy_issues_into_rows() -> None:
    """Copy each attempt's JSON issues into ``call_attempt_issues``, in their order."""
    dialect = op.get_context().dialect.name
    if dialect in _ISSUES_TO_ROWS:
        op.execute(_ISSUES_TO_ROWS[dialect].format(**_names()))
        return
    _refuse_offline(dialect)
    connection = op.get_bind()
    _attempts.schema = _issues.schema = op.get_context().version_table_schema
    rows = [
        {
            "followup_number": number,
            "attempt_position": attempt_position,
            "position": position,
            "category": issue["category"],
            "job_position": issue.get("position", "other"),
            "description": issue.get("description"),
        }
        for number, attempt_position, raw in connection.execute(
            sa.select(_attempts.c.followup_number, _attempts.c.position, _attempts.c.issues)
        )
        for position, issue in enumerate(_as_list(raw))
    ]
    if rows:
        connection.execute(_issues.insert(), rows)


def _copy_rows_into_issues() -> None:
    """Fill each attempt's JSON ``issues`` from its rows (an empty array when none)."""
    dialect = op.get_context().dialect.name
    if dialect in _ROWS_TO_ISSUES:
        op.execute(_ROWS_TO_ISSUES[dialect].format(**_names()))
        return
    _refuse_offline(dialect)
    connection = op.get_bind()
    _attempts.schema = _issues.schema = op.get_context().version_table_schema
    found: dict[tuple[str, int], list[dict[str, Any]]] = {}
    query = sa.select(
        _issues.c.followup_number,
        _issues.c.attempt_position,
        _issues.c.category,
        _issues.c.job_position,
        _issues.c.description,
    ).order_by(_issues.c.followup_number, _issues.c.attempt_position, _issues.c.position)
    for number, attempt_position, category, job_position, description in connection.execute(query):
        found.setdefault((number, attempt_position), []).append(
            {"category": category, "position": job_position, "description": description}
        )
    connection.execute(_attempts.update().values(issues=[]))
    for (number, attempt_position), issues in found.items():
        connection.execute(
            _attempts.update()
            .where(
                _attempts.c.followup_number == number,
                _attempts.c.position == attempt_position,
            )
            .values(issues=issues)
        )


def upgrade() -> None:
    """Create ``call_attempt_issues``, copy the JSON issues into it, drop the JSON column."""
    op.create_table(
        "call_attempt_issues",
        sa.Column("followup_number", sa.String(length=64), nullable=False),
        sa.Column("attempt_position", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("position", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("category", sa.String(length=32), nullable=False),
        sa.Column("job_position", sa.String(length=32), nullable=False),
        sa.Column("description", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint(
            "followup_number",
            "attempt_position",
            "position",
            name=op.f("pk_call_attempt_issues"),
        ),
    )
    _copy_issues_into_rows()
    with _call_attempts_altered(), op.batch_alter_table("call_attempts") as batch:
        batch.drop_column("issues")


def downgrade() -> None:
    """Put the issues back into a JSON column of ``call_attempts`` and drop the table."""
    on_duckdb = _on_duckdb()
    if on_duckdb:
        # DuckDB cannot make a column NOT NULL in the transaction that filled it:
        # the column comes NOT NULL at once, every attempt with no issues.
        with _call_attempts_altered():
            op.add_column(
                "call_attempts",
                sa.Column("issues", sa.JSON(), nullable=False, server_default="[]"),
            )
            op.alter_column("call_attempts", "issues", server_default=None)
    else:
        with op.batch_alter_table("call_attempts") as batch:
            batch.add_column(sa.Column("issues", sa.JSON(), nullable=True))
    _copy_rows_into_issues()
    if not on_duckdb:
        with op.batch_alter_table("call_attempts") as batch:
            batch.alter_column("issues", existing_type=sa.JSON(), nullable=False)
    op.drop_table("call_attempt_issues")
