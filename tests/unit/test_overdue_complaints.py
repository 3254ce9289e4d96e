"""The overdue-complaint list: who is past the closing deadline, in what order."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from autocrm.domain import CHINA_TZ, Complaint
from autocrm.errors import InvalidFormat
from autocrm.rules.calendar import WeekendCalendar
from autocrm.rules.complaints import ComplaintPolicy, is_overdue
from autocrm.rules.overdue_complaints import OverdueComplaint, overdue_complaints

RECEIVED = datetime(2025, 9, 30, 10, tzinfo=CHINA_TZ)


def _complaint(number: str, level: str, **changes: object) -> Complaint:
    return Complaint(
        number=number, customer_number="C000001", level=level, received_at=RECEIVED, **changes
    )


def test_the_longest_overdue_comes_first_then_the_most_serious_level() -> None:
    complaints = [
        _complaint("TS2025003", "III"),  # due 16 October
        _complaint("TS2025001", "I"),  # due 9 October
        _complaint("TS2025002", "II"),  # due 11 October (a worked Saturday)
        _complaint("TS2025004", "II"),
    ]
    found = overdue_complaints(complaints, as_of=date(2025, 10, 20))
    assert [(e.complaint.number, e.deadline.day, e.days_overdue) for e in found] == [
        ("TS2025001", 9, 11),
        ("TS2025002", 11, 9),
        ("TS2025004", 11, 9),
        ("TS2025003", 16, 4),
    ]
    assert found[0] == OverdueComplaint(
        complaint=complaints[1], deadline=date(2025, 10, 9), deadline_workdays=1, days_overdue=11
    )


def test_a_complaint_closed_after_the_day_is_still_overdue_on_it() -> None:
    closed = _complaint(
        "TS2025001",
        "I",
        status="closed",
        closed_at=datetime(2025, 10, 13, 9, tzinfo=CHINA_TZ),
    )
    assert [e.complaint for e in overdue_complaints([closed], as_of=date(2025, 10, 10))] == [closed]
    assert overdue_complaints([closed], as_of=date(2025, 10, 13)) == ()
    moment = datetime(2025, 10, 13, 8, 59, tzinfo=CHINA_TZ)
    assert [e.complaint for e in overdue_complaints([closed], as_of=moment)] == [closed]


def test_the_list_is_what_is_overdue_says_under_any_policy_and_calendar() -> None:
    policy = ComplaintPolicy(level_i_workdays=0, level_ii_workdays=5)
    calendar = WeekendCalendar()
    complaints = [
        _complaint(f"TS20250{n:02d}", level) for n, level in enumerate(["I", "II", "III"])
    ]
    for day in range(1, 15):
        as_of = date(2025, 10, day)
        listed = {
            e.complaint.number
            for e in overdue_complaints(complaints, as_of=as_of, policy=policy, calendar=calendar)
        }
        assert listed == {
            c.number
            for c in complaints
            if is_overdue(c, as_of=as_of, policy=policy, calendar=calendar)
        }


def test_bad_arguments_are_refused_by_name() -> None:
    with pytest.raises(InvalidFormat, match="complaints"):
        overdue_complaints(None, as_of=date(2025, 10, 9))  # type: ignore[arg-type]
    with pytest.raises(InvalidFormat, match=r"complaints\[0\]"):
        overdue_complaints(["TS1"], as_of=date(2025, 10, 9))  # type: ignore[list-item]
    with pytest.raises(InvalidFormat, match="as_of"):
        overdue_complaints([], as_of=datetime(2025, 10, 9))
    with pytest.raises(InvalidFormat, match="calendar"):
        overdue_complaints([], as_of=date(2025, 10, 9), calendar=None)  # type: ignore[arg-type]
    with pytest.raises(InvalidFormat, match="policy"):
        overdue_complaints([], as_of=date(2025, 10, 9), policy=3)  # type: ignore[arg-type]
