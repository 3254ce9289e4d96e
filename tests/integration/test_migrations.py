"""The Alembic migrations shipped in the package create exactly the adapter's tables."""

from __future__ import annotations

import pytest

sa = pytest.importorskip("sqlalchemy")
pytest.importorskip("alembic")

from alembic.autogenerate import compare_metadata  # noqa: E402
from alembic.runtime.migration import MigrationContext  # noqa: E402

from autocrm.adapters.sqlalchemy import (  # noqa: E402
    current_revision,
    downgrade,
    metadata,
    upgrade,
)


def _differences(engine: sa.Engine) -> list[object]:
    with engine.connect() as connection:
        context = MigrationContext.configure(
            connection,
            opts={"compare_type": True, "version_table": "autocrm_alembic_version"},
        )
        return list(compare_metadata(context, metadata))


def test_migrations_match_the_tables(engine: sa.Engine) -> None:
    upgrade(engine)
    assert _differences(engine) == []


def test_an_empty_database_differs_so_the_comparison_can_fail(engine: sa.Engine) -> None:
    differences = _differences(engine)
    added = {diff[1].name for diff in differences if diff[0] == "add_table"}  # type: ignore[index]
    assert {"customers", "work_order_lines", "audit_entries"} <= added


def test_downgrade_to_base_and_upgrade_again(engine: sa.Engine) -> None:
    upgrade(engine)
    downgrade(engine)
    assert current_revision(engine) is None
    assert "customers" not in sa.inspect(engine).get_table_names()
    upgrade(engine)
    assert current_revision(engine) == "0004"
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
