"""Benchmark: the same filters and aggregates in memory and pushed down into SQL.

Prints ratios (never asserts a time): how much slower or faster the SQL push-down
is than the in-memory engine, and how much it saves over loading every row out of
the database and aggregating in Python.

    python benchmarks/bench_engines.py --customers 20000
    python benchmarks/bench_engines.py --customers 100000   # DESIGN.md's scale goal
    python benchmarks/bench_engines.py --db postgresql+psycopg://postgres@127.0.0.1:54329/postgres
"""

from __future__ import annotations

import argparse
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from autocrm.adapters.memory import MemoryArchive
from autocrm.adapters.sqlalchemy import SqlArchive, upgrade
from autocrm.domain import WorkOrder
from autocrm.query import F, aggregate, count, count_distinct, month, sum_money, within_last
from autocrm.testing.synthetic import BANK_X_NAME, INSURER_Y, generate_dealership

AS_OF = date(2026, 11, 24)


def _timed(action: Callable[[], Any], repeat: int = 3) -> tuple[float, Any]:
    best = float("inf")
    result: Any = None
    for _ in range(repeat):
        started = time.perf_counter()
        result = action()
        best = min(best, time.perf_counter() - started)
    return best, result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--customers", type=int, default=20_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--db", default=None, help="SQLAlchemy URL (default: a temp SQLite file)")
    args = parser.parse_args()

    started = time.perf_counter()
    shop = generate_dealership(seed=args.seed, customers=args.customers, as_of=AS_OF)
    print(
        f"synthetic shop: {len(shop.customers)} customers, {len(shop.vehicles)} vehicles, "
        f"{len(shop.work_orders)} work orders ({time.perf_counter() - started:.1f} s)"
    )

    memory = MemoryArchive()
    load_memory, _ = _timed(lambda: memory.restore(shop), repeat=1)
    with tempfile.TemporaryDirectory() as tmp:
        url = args.db or f"sqlite:///{Path(tmp) / 'bench.db'}"
        sql = SqlArchive.from_url(url)
        upgrade(sql.engine)
        load_sql, _ = _timed(lambda: sql.restore(shop), repeat=1)

        bank_x = (
            within_last(F.work_order.opened_at, months=8)
            & (F.work_order.customer.name == BANK_X_NAME)
            & (F.work_order.vehicle.insurer == INSURER_Y)
        )
        measures = {
            "visits": count(),
            "vehicles": count_distinct(F.work_order.vin),
            "self_paid": sum_money(F.work_order.self_paid),
            "insurance_paid": sum_money(F.work_order.insurance_paid),
        }
        by_month = {"group_by": [month(F.work_order.opened_at), F.work_order.vehicle.insurer]}

        cases: list[tuple[str, Callable[[], Any], Callable[[], Any]]] = [
            (
                "seed 000 Bank X question",
                lambda: memory.aggregate(WorkOrder, where=bank_x, measures=measures, as_of=AS_OF),
                lambda: sql.aggregate(WorkOrder, where=bank_x, measures=measures, as_of=AS_OF),
            ),
            (
                "work orders by month x insurer",
                lambda: memory.aggregate(WorkOrder, measures=measures, **by_month),
                lambda: sql.aggregate(WorkOrder, measures=measures, **by_month),
            ),
            (
                "count of maintenance visits",
                lambda: memory.count(WorkOrder, F.work_order.service_types.contains("maintenance")),
                lambda: sql.count(WorkOrder, F.work_order.service_types.contains("maintenance")),
            ),
        ]
        print(
            f"\nload: memory {load_memory:.2f} s, SQL {load_sql:.2f} s "
            f"(ratio SQL/memory {load_sql / load_memory:.1f}x)"
        )
        print(f"\n{'query':34} {'memory s':>10} {'SQL s':>10} {'SQL/memory':>11}  same answer")
        for name, in_memory, in_sql in cases:
            t_mem, r_mem = _timed(in_memory)
            t_sql, r_sql = _timed(in_sql)
            same = (r_mem.to_rows() if hasattr(r_mem, "to_rows") else r_mem) == (
                r_sql.to_rows() if hasattr(r_sql, "to_rows") else r_sql
            )
            print(f"{name:34} {t_mem:10.4f} {t_sql:10.4f} {t_sql / t_mem:10.2f}x  {same}")

        # Push-down versus loading every row out of the database first.
        t_push, _ = _timed(
            lambda: sql.aggregate(WorkOrder, where=bank_x, measures=measures, as_of=AS_OF)
        )
        t_load, _ = _timed(
            lambda: aggregate(
                "work_order", sql.snapshot(), where=bank_x, measures=measures, as_of=AS_OF
            ),
            repeat=1,
        )
        print(
            f"\nBank X question: load-all-then-aggregate / SQL push-down = "
            f"{t_load / t_push:.0f}x ({t_load:.2f} s vs {t_push:.4f} s)"
        )


if __name__ == "__main__":
    main()
