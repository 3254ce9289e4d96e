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
    assert current_revision(engine) == "0001"
    assert _differences(engine) == []


def test_the_customer_number_counter_starts_at_zero(engine: sa.Engine) -> None:
    upgrade(engine)
    with engine.connect() as connection:
        rows = connection.execute(sa.text("SELECT name, value FROM sequences")).all()
    assert [tuple(r) for r in rows] == [("customer_number", 0)]
