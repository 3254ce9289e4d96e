"""Records written in bulk (restore, load) are stored exactly as one-by-one adds store them.

SQLite keeps datetimes as text, so a bulk path that formats them differently (without
the microseconds) breaks equality and range filters at whole seconds: a complaint
received at 08:00 China time was not found by ``received_at == 08:00``.
"""

from __future__ import annotations

from datetime import datetime

import pytest

sa = pytest.importorskip("sqlalchemy")

from autocrm.adapters.sqlalchemy import SqlArchive, upgrade  # noqa: E402
from autocrm.domain import (  # noqa: E402
    CHINA_TZ,
    Complaint,
    ComplaintLevel,
    Customer,
    Snapshot,
)
from autocrm.query import F  # noqa: E402

RECEIVED = datetime(2013, 1, 1, 8, 0, tzinfo=CHINA_TZ)
SHOP = Snapshot(
    customers=(Customer(number="C000002", name="王建国"),),
    complaints=(
        Complaint(
            number="TS00000001",
            customer_number="C000002",
            received_at=RECEIVED,
            level=ComplaintLevel.I,
            description="等待时间过长",
        ),
    ),
)


def test_a_restored_datetime_on_a_whole_second_is_found_by_equality(engine: sa.Engine) -> None:
    upgrade(engine)
    archive = SqlArchive(engine)
    archive.restore(SHOP)
    assert [c.number for c in archive.find(Complaint, F.complaint.received_at == RECEIVED)] == [
        "TS00000001"
    ]
    assert archive.find(Complaint, ~(F.complaint.received_at == RECEIVED)) == []


def test_bulk_and_single_writes_store_the_same_text_on_sqlite() -> None:
    bulk = SqlArchive.from_url("sqlite://")
    bulk.restore(SHOP)
    single = SqlArchive.from_url("sqlite://")
    single.add(SHOP.customers[0], actor="客服-李娜", at=RECEIVED)
    single.add(SHOP.complaints[0], actor="客服-李娜", at=RECEIVED)
    query = "SELECT received_at FROM complaints"
    with bulk.engine.connect() as a, single.engine.connect() as b:
        assert a.exec_driver_sql(query).all() == b.exec_driver_sql(query).all()
