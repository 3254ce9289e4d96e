"""The SQL twins over more keys than one statement takes.

A twin that reads the records of a list of customers or vehicles sends their keys in
lists (one array parameter on PostgreSQL and DuckDB, chunks of ``IN (...)`` on
SQLite). The early warning asks the reminders twin's prediction query of every
listed car: that query is built once and run for each chunk of VINs, and a list
longer than a chunk gives the pure rule's answer on every engine.

SQLite before 3.32 refuses a statement of more than 999 parameters (a build may
still set its limit that low): the twins that read lists of keys are run on a SQLite
database whose limit is lowered to that, over more customers and cars than a chunk.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import date, datetime
from functools import cache
from typing import Any

import pytest

sa = pytest.importorskip("sqlalchemy")
from tests.integration.conftest import restored  # noqa: E402

from autocrm.adapters.sqlalchemy import SqlArchive, upgrade  # noqa: E402
from autocrm.adapters.sqlalchemy import rules as twins  # noqa: E402
from autocrm.adapters.sqlalchemy.key_lists import CHUNK, SQLITE_PARAMETERS  # noqa: E402
from autocrm.adapters.sqlalchemy.rules import churn as churn_twin  # noqa: E402
from autocrm.domain import CHINA_TZ, Customer, Snapshot, Vehicle, WorkOrder  # noqa: E402
from autocrm.domain.identifiers import vin  # noqa: E402
from autocrm.rules import churn_warning, desk, lost, reminders  # noqa: E402

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


def test_the_early_warning_of_more_cars_than_a_chunk_equals_the_pure_rule(
    module_engine: sa.Engine,
) -> None:
    shop = _many_customers(CHUNK + 3)
    archive = restored(module_engine, shop)
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


@pytest.fixture(scope="module")
def limited_sqlite() -> Iterator[SqlArchive]:
    """A SQLite archive of more customers than a chunk, refusing over 999 parameters."""
    if not hasattr(sqlite3.Connection, "setlimit"):
        pytest.skip("sqlite3.Connection.setlimit needs Python 3.11")
    engine = sa.create_engine("sqlite://", poolclass=sa.pool.StaticPool)

    @sa.event.listens_for(engine, "connect")
    def limit(connection: sqlite3.Connection, _: object) -> None:
        connection.setlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER, SQLITE_PARAMETERS)

    upgrade(engine)
    archive = SqlArchive(engine)
    archive.restore(_many_customers(CHUNK + 3))
    yield archive
    engine.dispose()


def test_the_limited_database_refuses_a_statement_of_1000_parameters(
    limited_sqlite: SqlArchive,
) -> None:
    customers = sa.table("customers", sa.column("number"))
    query = sa.select(customers.c.number).where(
        customers.c.number.in_([str(i) for i in range(1000)])
    )
    with limited_sqlite._begin() as connection, pytest.raises(sa.exc.OperationalError):
        connection.execute(query)


def test_the_early_warning_stays_within_999_parameters(limited_sqlite: SqlArchive) -> None:
    shop = _many_customers(CHUNK + 3)
    warning = twins.early_warning(limited_sqlite, as_of=AS_OF)
    assert warning == churn_warning.early_warning(shop, as_of=AS_OF)
    assert len(warning.entries) == CHUNK + 3


def test_the_desk_worklist_stays_within_999_parameters(limited_sqlite: SqlArchive) -> None:
    shop = _many_customers(CHUNK + 3)
    # Every customer is at risk: his records are read by number and by VIN.
    found = twins.daily_worklist(limited_sqlite, as_of=AS_OF)
    assert found == desk.daily_worklist(shop, as_of=AS_OF)
    assert len({task.customer_number for task in found.tasks}) == CHUNK + 3


def test_the_reminders_and_win_back_lists_stay_within_999_parameters(
    limited_sqlite: SqlArchive,
) -> None:
    shop = _many_customers(CHUNK + 3)
    listed = twins.due_reminders_report(limited_sqlite, as_of=AS_OF, kinds=["maintenance"])
    assert listed == reminders.due_reminders_report(shop, as_of=AS_OF, kinds=["maintenance"])
    assert len(listed.reminders) > CHUNK
    day = date(2027, 3, 2)  # every customer lost by then
    report = twins.lost_customers_report(limited_sqlite, as_of=day)
    assert report == lost.lost_customers_report(shop, as_of=day)
    assert len(report.entries) == CHUNK + 3
