"""The desk's day on a database archive: the worklist in SQL and from its snapshot, expiry stored.

The SQL twin and the pure rule over ``archive.snapshot()`` give the same list; what it
expires is stored back with the archive's ``update``.
"""

from __future__ import annotations

from datetime import date, datetime

import pytest

sa = pytest.importorskip("sqlalchemy")

from autocrm.adapters.json import dumps  # noqa: E402
from autocrm.adapters.sqlalchemy import SqlArchive, upgrade  # noqa: E402
from autocrm.adapters.sqlalchemy import rules as twins  # noqa: E402
from autocrm.domain import CHINA_TZ, Customer, FollowUp, FollowUpStatus  # noqa: E402
from autocrm.rules.desk import daily_worklist  # noqa: E402

AT = datetime(2025, 9, 25, 18, tzinfo=CHINA_TZ)


def test_an_expired_follow_up_is_stored_and_read_back(engine: sa.Engine) -> None:
    upgrade(engine)
    archive = SqlArchive(engine)
    wang = archive.add(
        Customer(name="王建国", mobile="13800138000", owner="李娜"), actor="客服-李娜", at=AT
    )
    for number, earliest, latest in (
        ("WO20250401001-3DC", date(2025, 4, 2), date(2025, 4, 3)),
        ("WO20250922001-3DC", date(2025, 9, 23), date(2025, 9, 25)),
    ):
        archive.add(
            FollowUp(number=number, kind="3dc", customer_number=wang.number,
                     earliest=earliest, due=latest, latest=latest),
            actor="客服-李娜", at=AT,
        )  # fmt: skip
    day = daily_worklist(archive.snapshot(), as_of=date(2025, 9, 25))
    assert twins.daily_worklist(archive, as_of=date(2025, 9, 25)) == day
    assert [r.subject for t in day.tasks for r in t.reasons] == ["WO20250922001-3DC"]
    assert [fu.number for fu in day.expired] == ["WO20250401001-3DC"]
    for expired in day.expired:
        archive.update(expired, actor="客服-李娜", at=AT)
    stored = archive.get(FollowUp, "WO20250401001-3DC")
    assert stored.status is FollowUpStatus.EXPIRED
    # Stored as expired, it is no longer pending: nothing expires again; same list.
    again = daily_worklist(archive.snapshot(), as_of=date(2025, 9, 25))
    assert twins.daily_worklist(archive, as_of=date(2025, 9, 25)) == again
    assert again.expired == ()
    assert dumps(again.tasks) == dumps(day.tasks)
