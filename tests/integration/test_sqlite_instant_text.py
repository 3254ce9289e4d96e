"""SQLite keeps an instant as its UTC wall time in text: a bulk write and a write of one
record store the same text for the same instant, whatever zone it was given in.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

sa = pytest.importorskip("sqlalchemy")

from autocrm.adapters.sqlalchemy import SqlArchive  # noqa: E402
from autocrm.domain import CHINA_TZ, Customer  # noqa: E402

ZONES = st.sampled_from(
    [
        CHINA_TZ,
        timezone.utc,
        timezone(timedelta(hours=-9, minutes=-30)),
        timezone(timedelta(hours=14)),
        ZoneInfo("Asia/Shanghai"),
        ZoneInfo("America/New_York"),
    ]
)
#: Far enough from datetime's ends that UTC exists in every zone above.
INSTANTS = st.datetimes(
    min_value=datetime(1, 1, 2), max_value=datetime(9999, 12, 30), timezones=ZONES
)


def _stored(moment: datetime, *, bulk: bool) -> list[str]:
    archive = SqlArchive.from_url("sqlite://")
    wang = Customer("C000001", name="王建国")
    if bulk:
        archive.load([wang], actor="导入", at=moment)
    else:
        archive.add(wang, actor="导入", at=moment)
    with archive.engine.connect() as connection:
        return list(connection.exec_driver_sql("SELECT at FROM audit_entries").scalars())


@settings(max_examples=25, deadline=None)
@given(INSTANTS)
def test_a_bulk_write_stores_the_text_a_single_write_does(moment: datetime) -> None:
    assert _stored(moment, bulk=True) == _stored(moment, bulk=False)


@pytest.mark.parametrize(
    ("moment", "text"),
    [
        (datetime(2026, 1, 1, 7, 59, 59, 999999, tzinfo=CHINA_TZ), "2025-12-31 23:59:59.999999"),
        (datetime(2028, 2, 29, 8, 0, tzinfo=CHINA_TZ), "2028-02-29 00:00:00.000000"),
        (datetime(12, 3, 4, 5, 6, 7, tzinfo=timezone.utc), "0012-03-04 05:06:07.000000"),
    ],
)
def test_the_text_is_the_utc_wall_time_to_the_microsecond(moment: datetime, text: str) -> None:
    assert _stored(moment, bulk=True) == [text]
