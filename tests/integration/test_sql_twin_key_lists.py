"""The SQL twins over more keys than one statement takes.

A twin that reads the records of a list of customers or vehicles sends their keys in
lists (one array parameter on PostgreSQL and DuckDB, chunks of ``IN (...)`` on
SQLite). The early warning asks the reminders twin's prediction query of every
listed car: that query is built once and run for each chunk of VINs, and a list
longer than a chunk gives the pure rule's answer on every engine.
"""

from __future__ import annotations

from datetime import date, datetime
from functools import cache
from typing import Any

import pytest

from autocrm.adapters.sqlalchemy import SqlArchive, metadata
from autocrm.adapters.sqlalchemy import rules as twins
from autocrm.adapters.sqlalchemy.rules import churn as churn_twin
from autocrm.adapters.sqlalchemy.rules._archive import CHUNK
from autocrm.domain import CHINA_TZ, Customer, Snapshot, Vehicle, WorkOrder
from autocrm.domain.identifiers import vin
from autocrm.rules import churn_warning

sa = pytest.importorskip("sqlalchemy")

#: The day of the question: active months August–December 2025, quiet since 1 January.
AS_OF = date(2026, 3, 2)


def _vin(serial: int) -> str:
    """A valid VIN of the shop's fleet, numbered ``serial``."""
    body = f"LFV2A21KD3{serial:06d}"
    return f"{body[:8]}{vin.check_digit(f'{body[:8]}0{body[8:]}')}{body[8:]}"


@cache
def _many_customers(count: int) -> Snapshot:
    """``count`` customers, each with one car maintained in the active months.

    Every fifth visit was longer ago, so the due dates differ from car to car.
    """
    numbers = [f"C{i + 1:06d}" for i in range(count)]
    vins = [_vin(i + 1) for i in range(count)]
    return Snapshot(
        customers=[Customer(number=n, name="王建国") for n in numbers],
        vehicles=[Vehicle(vin=v, customer_number=n) for n, v in zip(numbers, vins, strict=True)],
        work_orders=[
            WorkOrder(
                f"WO{i + 1:08d}",
                customer_number=n,
                vin=v,
                opened_at=datetime(2025, 9 if i % 5 else 8, 1 + i % 28, 10, tzinfo=CHINA_TZ),
                service_types=["保养"],
                mileage_km=10_000 + i,
            )
            for i, (n, v) in enumerate(zip(numbers, vins, strict=True))
        ],
        customer_sequence=count,
    )


def _restored(engine: sa.Engine, snapshot: Snapshot) -> SqlArchive:
    """``snapshot`` alone in the database of ``engine`` (the module's earlier rows deleted)."""
    with engine.begin() as connection:
        for table in reversed(metadata.sorted_tables):
            if table.name != "alembic_version":
                connection.execute(table.delete())
    archive = SqlArchive(engine)
    archive.restore(snapshot)
    return archive


def test_the_early_warning_of_more_cars_than_a_chunk_equals_the_pure_rule(
    module_engine: sa.Engine,
) -> None:
    shop = _many_customers(CHUNK + 3)
    archive = _restored(module_engine, shop)
    warning = twins.early_warning(archive, as_of=AS_OF)
    assert warning == churn_warning.early_warning(shop, as_of=AS_OF)
    # Every car has a due date, each its own customer's flag.
    assert len(warning.entries) == CHUNK + 3
    assert {e.service_due_vin for e in warning.entries} == {v.vin for v in shop.vehicles}


def test_the_prediction_query_is_built_once_for_every_chunk_of_cars(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    built: list[date] = []
    build = churn_twin._vehicle_dues

    def counted(day: date, *args: Any, **kwargs: Any) -> Any:
        built.append(day)
        return build(day, *args, **kwargs)

    monkeypatch.setattr(churn_twin, "_vehicle_dues", counted)
    shop = _many_customers(CHUNK + 3)
    archive = SqlArchive.from_url("sqlite://")
    archive.restore(shop)
    warning = twins.early_warning(archive, as_of=AS_OF)
    assert len(warning.entries) == CHUNK + 3  # two chunks of VINs on SQLite
    assert built == [AS_OF]
