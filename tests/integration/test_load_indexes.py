"""A load or restore into an empty SQLite archive builds the plain indexes once, at the end.

The indexes are dropped inside the write's transaction and created again from the
statements SQLite keeps; afterwards, and after a write that failed half-way, every
table has exactly the indexes it had before, as the database states them, on SQLite,
PostgreSQL and DuckDB (which keep theirs throughout).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Any

import pytest

sa = pytest.importorskip("sqlalchemy")


from autocrm.adapters.sqlalchemy import SqlArchive, upgrade  # noqa: E402
from autocrm.domain import CHINA_TZ, Customer, Snapshot, Vehicle, WorkOrder  # noqa: E402
from autocrm.ports import AlreadyExists, ArchiveNotEmpty  # noqa: E402
from autocrm.testing.synthetic import generate_dealership  # noqa: E402

AT = datetime(2026, 1, 5, 9, 0, tzinfo=CHINA_TZ)
ANCHOR = datetime(2026, 11, 24, 9, 0, tzinfo=CHINA_TZ)


def _indexes(engine: sa.Engine) -> dict[str, list[tuple[Any, ...]]]:
    """Each table's indexes, as the database states them: name and definition."""
    query = {
        "sqlite": "SELECT tbl_name, name, sql FROM sqlite_master WHERE type = 'index'",
        "postgresql": (
            "SELECT tablename, indexname, indexdef FROM pg_indexes "
            "WHERE schemaname = current_schema()"
        ),
        "duckdb": "SELECT table_name, index_name, sql FROM duckdb_indexes()",
    }[engine.dialect.name]
    with engine.connect() as connection:
        rows = connection.exec_driver_sql(query).all()
    listed: dict[str, list[tuple[Any, ...]]] = {}
    for table, name, definition in rows:
        listed.setdefault(table, []).append((name, definition))
    return {table: sorted(indexes, key=str) for table, indexes in listed.items()}


@pytest.fixture
def empty(engine: sa.Engine) -> SqlArchive:
    upgrade(engine)
    return SqlArchive(engine)


def _records(snapshot: Snapshot) -> list[object]:
    return [*snapshot.customers, *snapshot.vehicles, *snapshot.work_orders]


def test_a_load_leaves_every_index_as_it_was(engine: sa.Engine, empty: SqlArchive) -> None:
    before = _indexes(engine)
    assert any(index[0] == "ix_work_orders_vin" for index in before["work_orders"])
    snapshot = generate_dealership(customers=40, seed=7, as_of=ANCHOR.date())
    empty.load(_records(snapshot), actor="导入", at=AT, chunk_size=50)
    assert _indexes(engine) == before
    assert empty.count(WorkOrder) == len(snapshot.work_orders)


def test_a_load_that_fails_half_way_leaves_every_index(
    engine: sa.Engine, empty: SqlArchive
) -> None:
    before = _indexes(engine)
    wang = Customer("C000001", name="王建国", mobile="13800138000")
    records = [
        wang,
        Vehicle("LFV2A21K3D3109826", "C000001", plate="京A12345"),
        Customer("C000002", name="李娜"),
        Customer("C000001", name="王建国"),  # the third chunk repeats a key
    ]
    with pytest.raises(AlreadyExists):
        empty.load(records, actor="导入", at=AT, chunk_size=1)
    assert _indexes(engine) == before
    assert empty.count(Customer) == 0


def test_a_restore_leaves_every_index_and_one_that_fails_too(
    engine: sa.Engine, empty: SqlArchive
) -> None:
    before = _indexes(engine)
    snapshot = generate_dealership(customers=30, seed=3, as_of=ANCHOR.date())
    empty.restore(snapshot, chunk_size=20)
    assert _indexes(engine) == before
    assert empty.snapshot() == snapshot
    second = SqlArchive(engine)
    with pytest.raises(ArchiveNotEmpty):  # refused before anything is dropped
        second.restore(snapshot)
    assert _indexes(engine) == before


class _Repeating:
    """A snapshot read as a stream whose last work order repeats an earlier one."""

    def __init__(self, snapshot: Snapshot) -> None:
        self.snapshot = snapshot
        self.customer_sequence = snapshot.customer_sequence

    def records(self, collection: str) -> Iterable[Any]:
        records = list(getattr(self.snapshot, collection))
        return [*records, records[0]] if collection == "work_orders" else records


def test_a_restore_that_fails_half_way_leaves_every_index(
    engine: sa.Engine, empty: SqlArchive
) -> None:
    before = _indexes(engine)
    snapshot = generate_dealership(customers=30, seed=3, as_of=ANCHOR.date())
    with pytest.raises(AlreadyExists):
        empty.restore(_Repeating(snapshot), chunk_size=5)
    assert _indexes(engine) == before
    assert empty.count(Customer) == 0


@pytest.mark.parametrize("append", [False, True])
def test_an_empty_archive_loads_without_its_plain_indexes_and_an_append_keeps_them(
    engine: sa.Engine, append: bool
) -> None:
    upgrade(engine)
    archive = SqlArchive(engine)
    statements: list[str] = []

    def record(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        statements.append(" ".join(statement.split()).replace('"', ""))

    sa.event.listen(engine, "before_cursor_execute", record)
    archive.load([Customer("C000001", name="王建国")], actor="导入", at=AT, append=append)
    sa.event.remove(engine, "before_cursor_execute", record)
    drops = [i for i, s in enumerate(statements) if s.startswith("DROP INDEX")]
    creates = [i for i, s in enumerate(statements) if s.startswith("CREATE INDEX")]
    if append or engine.dialect.name != "sqlite":  # other engines keep their indexes
        assert drops == creates == []
        return
    # The write begins with the look-up of the chunk's keys, then its INSERT.
    insert = next(i for i, s in enumerate(statements) if s.startswith("SELECT customers.number"))
    dropped = {s.rsplit(".", 1)[-1].split()[-1] for s in statements if s.startswith("DROP INDEX")}
    assert "ix_customers_name" in dropped
    assert "ix_work_orders_vin" in dropped
    assert not any(name.startswith(("pk_", "uq_", "sqlite_")) for name in dropped)
    assert max(drops) < insert < min(creates)
    assert len(creates) == len(drops)


def test_an_index_of_the_users_own_comes_back_as_it_was(engine: sa.Engine) -> None:
    # An index on an expression added by the archive's user (partial, where the engine
    # has partial indexes), as the database states it before and after a load.
    partial = "" if engine.dialect.name == "duckdb" else " WHERE closed_at IS NULL"
    upgrade(engine)
    with engine.begin() as connection:
        connection.exec_driver_sql(
            f"CREATE INDEX ix_open_orders ON work_orders (lower(number)){partial}"
        )
    before = _indexes(engine)
    snapshot = generate_dealership(customers=20, seed=5, as_of=ANCHOR.date())
    SqlArchive(engine).load(_records(snapshot), actor="导入", at=AT, chunk_size=40)
    assert _indexes(engine) == before
    (extra,) = [d for name, d in before["work_orders"] if name == "ix_open_orders"]
    assert "lower(" in extra  # PostgreSQL states it lower((number)::text)
    if partial:
        assert "closed_at IS NULL" in extra  # PostgreSQL: WHERE (closed_at IS NULL)
