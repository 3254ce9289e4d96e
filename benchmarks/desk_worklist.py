"""Benchmark: the desk's daily worklist by the pure rule and by its SQL twin.

On one synthetic dealership (``generate_dealership``) it times:

* ``archive.snapshot()``: reading the SQLite archive out whole, which the pure rule
  needs first on a database;
* the pure ``autocrm.rules.desk.daily_worklist`` over the snapshot in memory;
* the SQL twin ``autocrm.adapters.sqlalchemy.rules.daily_worklist`` on the SQLite file
  (and on PostgreSQL when ``--postgres`` is given);

and asserts that the lists are equal, byte for byte through ``dumps``. The shop is
built once per size and seed and cached in ``--cache`` (default ``benchmarks/.cache``)::

    python benchmarks/desk_worklist.py                      # 10 k customers
    python benchmarks/desk_worklist.py --customers 2000 --repeat 3

Tests never assert a time; this script does not either.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TypeVar

from autocrm.adapters.json import dumps, export_jsonl, import_jsonl
from autocrm.adapters.sqlalchemy import SqlArchive
from autocrm.adapters.sqlalchemy import rules as twins
from autocrm.domain import Snapshot
from autocrm.rules import desk
from autocrm.testing.synthetic import generate_dealership

AS_OF = date(2026, 11, 24)
_T = TypeVar("_T")


def _shop(customers: int, seed: int, cache: Path) -> tuple[Snapshot, Path]:
    """The synthetic shop and its SQLite file, built once and cached."""
    cache.mkdir(parents=True, exist_ok=True)
    backup = cache / f"desk-{customers}-{seed}.jsonl"
    database = cache / f"desk-{customers}-{seed}.db"
    if backup.exists() and database.exists():
        return import_jsonl(backup), database
    started = time.perf_counter()
    shop = generate_dealership(seed=seed, customers=customers, as_of=AS_OF)
    database.unlink(missing_ok=True)
    SqlArchive.from_url(f"sqlite:///{database}").restore(shop)
    export_jsonl(shop, backup)
    print(f"built the shop of {customers} customers in {time.perf_counter() - started:.1f} s")
    return shop, database


def _best(call: Callable[[], _T], repeat: int) -> tuple[float, _T]:
    """The fastest of ``repeat`` runs of ``call``, and its result."""
    best, result = float("inf"), None
    for _ in range(repeat):
        started = time.perf_counter()
        result = call()
        best = min(best, time.perf_counter() - started)
    assert result is not None
    return best, result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--customers", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--cache", type=Path, default=Path(__file__).parent / ".cache")
    parser.add_argument("--postgres", help="a PostgreSQL URL; its public schema is replaced")
    args = parser.parse_args()
    shop, database = _shop(args.customers, args.seed, args.cache)
    archive = SqlArchive.from_url(f"sqlite:///{database}")
    print(
        f"{len(shop.customers)} customers, {len(shop.vehicles)} vehicles, "
        f"{len(shop.work_orders)} work orders, {len(shop.followups)} follow-ups"
    )
    read, snapshot = _best(archive.snapshot, args.repeat)
    pure_time, pure = _best(lambda: desk.daily_worklist(snapshot, as_of=AS_OF), args.repeat)
    twin_time, twin = _best(lambda: twins.daily_worklist(archive, as_of=AS_OF), args.repeat)
    assert twin == pure, "the twin's list differs"
    assert dumps(twin) == dumps(pure), "the twin's list differs"
    print(f"{len(pure.tasks)} tasks, {len(pure.left_off)} left off, {pure.expired_count} expired")
    print(f"snapshot() from SQLite       {read:8.2f} s")
    print(f"pure rule on the snapshot    {pure_time:8.2f} s")
    print(f"pure rule incl. snapshot()   {read + pure_time:8.2f} s")
    print(f"SQL twin on SQLite           {twin_time:8.2f} s")
    print(f"speed-up over snapshot+rule  {(read + pure_time) / twin_time:8.1f} x")
    if args.postgres:
        import sqlalchemy as sa

        from autocrm.adapters.sqlalchemy import upgrade

        engine = sa.create_engine(args.postgres)
        with engine.begin() as connection:
            connection.exec_driver_sql("DROP SCHEMA public CASCADE; CREATE SCHEMA public")
        upgrade(engine)
        server = SqlArchive(engine)
        server.restore(shop)
        with engine.begin() as connection:
            connection.exec_driver_sql("ANALYZE")
        on_server, found = _best(lambda: twins.daily_worklist(server, as_of=AS_OF), args.repeat)
        assert found == pure, "the twin's list on PostgreSQL differs"
        print(f"SQL twin on PostgreSQL       {on_server:8.2f} s")


if __name__ == "__main__":
    main()
