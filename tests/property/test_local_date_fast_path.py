"""The fast path of ``local_date`` gives the shift into China Standard Time's answer.

A moment already at +08:00 (a ``timezone`` of that offset, whatever its name) is taken
at its own date; every other moment is shifted. Both must give the date of the moment
shifted into ``CHINA_TZ``, on any day Python can shift, at any offset.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

from hypothesis import given
from hypothesis import strategies as st

from autocrm.domain.time import CHINA_TZ, local_date

#: Zones a caller may hand over: the shop's own, other +08:00 ones, and others.
ZONES = (
    CHINA_TZ,
    timezone(timedelta(hours=8)),
    timezone(timedelta(hours=8), "CST"),
    ZoneInfo("Asia/Shanghai"),
    timezone.utc,
    timezone(timedelta(hours=-5)),
    timezone(timedelta(hours=8, minutes=1)),
    ZoneInfo("Europe/Berlin"),
)


@given(
    moment=st.datetimes(
        min_value=datetime(2, 1, 1),
        max_value=datetime(9998, 12, 31),
        timezones=st.sampled_from(ZONES),
    )
)
def test_the_local_date_is_the_date_in_china_standard_time(moment: datetime) -> None:
    assert local_date(moment) == moment.astimezone(CHINA_TZ).date()


def test_a_moment_at_eight_hours_east_is_taken_at_its_own_date() -> None:
    late = datetime(2025, 9, 30, 23, 59, tzinfo=timezone(timedelta(hours=8)))
    assert local_date(late) == date(2025, 9, 30)
    assert local_date(late.astimezone(timezone.utc)) == date(2025, 9, 30)
    assert local_date(datetime(2025, 9, 30, 16, 1, tzinfo=timezone.utc)) == date(2025, 10, 1)
