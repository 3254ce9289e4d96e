"""Statistics pushed down into SQL give what autocrm.stats gives in memory."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

sa = pytest.importorskip("sqlalchemy")

from autocrm.adapters.sqlalchemy import SqlArchive  # noqa: E402
from autocrm.adapters.sqlalchemy import stats as sql_stats  # noqa: E402
from autocrm.adapters.sqlalchemy import tables as t  # noqa: E402
from autocrm.domain import CHINA_TZ, Complaint, Vehicle, WorkOrder  # noqa: E402
from autocrm.query import F, within_last  # noqa: E402
from autocrm.stats import complaints as memory_stats  # noqa: E402

AT = datetime(2025, 10, 9, 10, 0, tzinfo=CHINA_TZ)
VINS = ["LFV2A21K3D3109826", "1HGCM82633A004352", "WVWZZZ1JZ3W386752"]


@pytest.fixture
def archive(module_engine: sa.Engine) -> SqlArchive:
    with module_engine.begin() as connection:
        for table in reversed(t.metadata.sorted_tables):
            connection.execute(table.delete())
    archive = SqlArchive(module_engine)
    for i, vin in enumerate(VINS):
        archive.add(Vehicle(vin, f"C00000{i}", vin_check_digit=i != 2), actor="a", at=AT)
    for i, vin in enumerate([*VINS[:2], VINS[0]]):
        archive.add(
            WorkOrder(
                f"WO{i}",
                customer_number="C1",
                vin=vin,
                service_types=["保养"],
                opened_at=AT - timedelta(days=40 * i),
            ),
            actor="a",
            at=AT,
        )
    for i in range(4):
        archive.add(
            Complaint(
                number=f"T{i}", customer_number="C1", received_at=AT - timedelta(days=20 * i)
            ),
            actor="a",
            at=AT,
        )
    return archive


def test_per_thousand_over_the_archive_matches_memory(archive: SqlArchive) -> None:
    expected = memory_stats.complaints_per_thousand(
        archive.find(Complaint), car_parc=archive.find(Vehicle)
    )
    got = sql_stats.complaints_per_thousand(archive)
    assert got == expected
    assert (got.complaints, got.car_parc, got.basis) == (4, 3, "vehicles in the archive")


def test_per_thousand_of_vehicles_served_in_a_window(archive: SqlArchive) -> None:
    as_of = date(2025, 10, 9)
    period = within_last(F.complaint.received_at, months=1)
    visits = within_last(F.work_order.opened_at, months=2)
    expected = memory_stats.complaints_per_thousand(
        archive.find(Complaint, period, as_of=as_of),
        car_parc=archive.find(WorkOrder, visits, as_of=as_of),
    )
    got = sql_stats.complaints_per_thousand(archive, complaints=period, served=visits, as_of=as_of)
    assert got == expected
    assert (got.complaints, got.car_parc, str(got.value)) == (2, 2, "1000.0")


def test_per_thousand_with_a_given_car_parc(archive: SqlArchive) -> None:
    got = sql_stats.complaints_per_thousand(archive, car_parc=63_000)
    assert (got.basis, got.car_parc, str(got.value)) == ("given", 63_000, "0.1")
