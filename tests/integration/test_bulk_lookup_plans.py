"""A bulk write on PostgreSQL plans each of its look-ups for the tables as they are.

The key look-up of every chunk is the same statement; psycopg prepares it after five
runs, and PostgreSQL could keep a plan made while the tables were empty (a sequential
scan) for every later chunk, making a large load quadratic. The write asks for a plan
per run (``plan_cache_mode``) and puts the setting back when it ends, also inside an
application's transaction it joined.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from typing import Any

import pytest

sa = pytest.importorskip("sqlalchemy")

from autocrm.adapters.sqlalchemy import SqlArchive, upgrade  # noqa: E402
from autocrm.domain import CHINA_TZ, Customer, Snapshot  # noqa: E402

pytestmark = pytest.mark.postgres

AT = datetime(2026, 1, 5, 9, 0, tzinfo=CHINA_TZ)


def _customers(count: int) -> list[Customer]:
    return [Customer(f"C{n:06d}", name="王建国") for n in range(1, count + 1)]


def _watching(engine: sa.Engine, seen: list[str]) -> Any:
    """Records a bulk write consumes; between two of them, the write's own plan mode."""
    connections: list[sa.Connection] = []

    def remember(connection: sa.Connection, *_args: Any) -> None:
        if not connections:
            connections.append(connection)

    sa.event.listen(engine, "before_cursor_execute", remember)

    def records(customers: list[Customer]) -> Iterator[Customer]:
        for number, customer in enumerate(customers):
            if number == len(customers) - 1:
                setting = connections[0].exec_driver_sql("SHOW plan_cache_mode").scalar()
                seen.append(str(setting))
            yield customer

    return records


def _mode(engine: sa.Engine) -> str:
    with engine.connect() as connection:
        return str(connection.exec_driver_sql("SHOW plan_cache_mode").scalar())


def test_a_load_plans_each_look_up_and_leaves_the_setting_behind(
    postgres_engine: sa.Engine,
) -> None:
    upgrade(postgres_engine)
    archive = SqlArchive(postgres_engine)
    seen: list[str] = []
    records = _watching(postgres_engine, seen)
    archive.load(records(_customers(12)), actor="导入", at=AT, chunk_size=2)
    assert seen == ["force_custom_plan"]
    assert _mode(postgres_engine) == "auto"
    assert archive.count(Customer) == 12


class _Stream:
    def __init__(self, customers: list[Customer], records: Any) -> None:
        self.customer_sequence = 0
        self._customers = customers
        self._records = records

    def records(self, collection: str) -> Any:
        return self._records(self._customers) if collection == "customers" else []


def test_a_restore_plans_each_look_up_too(postgres_engine: sa.Engine) -> None:
    upgrade(postgres_engine)
    archive = SqlArchive(postgres_engine)
    seen: list[str] = []
    records = _watching(postgres_engine, seen)
    archive.restore(_Stream(_customers(12), records), chunk_size=2)
    assert seen == ["force_custom_plan"]
    assert _mode(postgres_engine) == "auto"
    assert archive.snapshot() == Snapshot(customers=_customers(12), customer_sequence=12)


def test_inside_an_applications_transaction_the_setting_is_put_back(
    postgres_engine: sa.Engine,
) -> None:
    upgrade(postgres_engine)
    with postgres_engine.connect() as connection, connection.begin():
        connection.exec_driver_sql("SET LOCAL plan_cache_mode = force_generic_plan")
        archive = SqlArchive.from_connection(connection)
        archive.load(_customers(3), actor="导入", at=AT, chunk_size=1)
        after = connection.exec_driver_sql("SHOW plan_cache_mode").scalar()
        assert after == "force_generic_plan"
        assert archive.count(Customer) == 3
