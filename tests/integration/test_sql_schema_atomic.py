"""Creating the archive's schema is all or nothing: killed or failing half-way, it leaves nothing.

A process killed (SIGKILL) while ``SqlArchive.from_url`` gives a new SQLite file its
tables used to leave half the tables and an empty version table behind, and every
later open failed with "table ... already exists". Now every migration runs in one
transaction, on SQLite too.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

sa = pytest.importorskip("sqlalchemy")

from sqlalchemy import event  # noqa: E402

from autocrm.adapters.sqlalchemy import (  # noqa: E402
    SqlArchive,
    current_revision,
    head_revision,
    metadata,
    upgrade,
)
from autocrm.domain import CHINA_TZ, Customer  # noqa: E402
from autocrm.errors import StoreNotFound  # noqa: E402

AT = datetime(2026, 1, 5, 9, 0, tzinfo=CHINA_TZ)
KILLS = 6


@contextmanager
def _on_statement(action: Any) -> Iterator[None]:
    """Call ``action(n)`` before the n-th SQL statement of any engine (n from 1)."""
    counter = {"n": 0}

    def before(*_args: Any) -> None:
        counter["n"] += 1
        action(counter["n"])

    event.listen(sa.Engine, "before_cursor_execute", before)
    try:
        yield
    finally:
        event.remove(sa.Engine, "before_cursor_execute", before)


def _statements_of_a_new_archive(tmp_path: Path) -> int:
    seen: list[int] = []
    with _on_statement(seen.append):
        SqlArchive.from_url(f"sqlite:///{tmp_path}/count.db").engine.dispose()
    return len(seen)


def _open_and_die_at(url: str, statement: int) -> None:
    """In a child process: open a new archive, SIGKILL itself before the given statement."""

    def die(n: int) -> None:
        if n == statement:
            os.kill(os.getpid(), signal.SIGKILL)

    with _on_statement(die):
        SqlArchive.from_url(url)


def _table_names(engine: sa.Engine) -> set[str]:
    return set(sa.inspect(engine).get_table_names())


def _assert_complete(archive: SqlArchive) -> None:
    assert current_revision(archive.engine) == head_revision()
    assert _table_names(archive.engine) == set(metadata.tables) | {"autocrm_alembic_version"}
    stored = archive.add(Customer(name="王建国"), actor="客服-李娜", at=AT)
    assert stored.number == "C000001"


def test_a_process_killed_while_creating_the_schema_leaves_a_file_that_opens(
    tmp_path: Path,
) -> None:
    total = _statements_of_a_new_archive(tmp_path)
    assert total > KILLS * 2  # the kills below land at different points of the schema
    points = sorted({1 + (total - 2) * k // (KILLS - 1) for k in range(KILLS)})
    outcomes = []
    for point in points:
        url = f"sqlite:///{tmp_path}/killed-at-{point}.db"
        child = multiprocessing.get_context("spawn").Process(
            target=_open_and_die_at, args=(url, point)
        )
        child.start()
        child.join()
        assert child.exitcode == -signal.SIGKILL
        with pytest.raises(StoreNotFound):  # nothing half-made is taken for an archive
            SqlArchive.from_url(url, create=False)
        archive = SqlArchive.from_url(url)
        _assert_complete(archive)
        archive.engine.dispose()
        outcomes.append(point)
    assert outcomes == points


class InjectedFailure(Exception):
    """The failure injected in the middle of a migration."""


def test_a_migration_failing_half_way_leaves_no_table(engine: sa.Engine) -> None:
    counted: list[int] = []
    with _on_statement(counted.append):
        upgrade(engine)
    total = len(counted)
    with engine.begin() as connection:
        for table in [*reversed(metadata.sorted_tables)]:
            connection.execute(sa.text(f'DROP TABLE "{table.name}"'))
        connection.execute(sa.text("DROP TABLE autocrm_alembic_version"))
    assert _table_names(engine) == set()

    def fail(n: int) -> None:
        if n == total // 2:
            raise InjectedFailure

    with pytest.raises(InjectedFailure), _on_statement(fail):
        upgrade(engine)
    assert _table_names(engine) == set()
    assert current_revision(engine) is None
    upgrade(engine)
    _assert_complete(SqlArchive(engine))
