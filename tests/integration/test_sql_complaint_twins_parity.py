"""The SQL twins of the complaint views and of the review list give the pure answers.

Random archives are written into the database of ``module_engine`` (SQLite, DuckDB,
and PostgreSQL when its URL is set) and each twin must equal (``==``) its pure rule on
the same records: complaints received at 00:00 and 23:59 China time in the weeks
around National Day, the Spring Festival and an estimated year, closed exactly on the
deadline day (23:59) or the day after (00:00), reopened ones that keep an old closing
time, with deadlines of zero working days; customers reviewed or registered around
month ends, so that the review due date is clamped to a short month's last day.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import Engine
from tests.integration.conftest import restored, writing_examples

from autocrm.adapters.sqlalchemy import rules as twins
from autocrm.domain import CHINA_TZ, Complaint, Customer, Snapshot
from autocrm.errors import InvalidFormat
from autocrm.rules.anonymisation import anonymise
from autocrm.rules.archive import ArchivePolicy
from autocrm.rules.calendar import ChineseWorkdays, WeekendCalendar, WorkdayCalendar
from autocrm.rules.complaints import ComplaintPolicy, closing_deadline
from autocrm.rules.overdue_complaints import overdue_complaints
from autocrm.rules.review import reviews_due
from autocrm.stats.complaints.closure import on_time_closure

pytest.importorskip("sqlalchemy")

#: Days complaints are received around: holiday weeks, a year end into an estimated year.
RECEIVED_AROUND = (
    date(2025, 9, 26),  # the week before National Day (28 September is worked)
    date(2026, 2, 12),  # before the Spring Festival (14 February is worked)
    date(2026, 12, 29),  # into 2027, an estimated year
    date(2024, 4, 26),  # before Labour Day (28 April is worked)
)

#: Times of day at the edges of a China-time day.
TIMES = (time(0, 0), time(23, 59), time(10, 30))

CALENDARS = st.sampled_from([ChineseWorkdays(), WeekendCalendar()])

COMPLAINT_POLICIES = st.builds(
    ComplaintPolicy,
    level_i_workdays=st.sampled_from((0, 1)),
    level_ii_workdays=st.sampled_from((3, 2)),
    level_iii_workdays=st.sampled_from((7, 0)),
)


def _at(day: date, moment: time) -> datetime:
    return datetime.combine(day, moment, tzinfo=CHINA_TZ)


@st.composite
def complaint_archives(
    draw: st.DrawFn,
) -> tuple[Snapshot, date | datetime, ComplaintPolicy, WorkdayCalendar]:
    """Complaints around a holiday week, the day (or moment) of the question, policy, calendar.

    The question is often asked on a deadline or the day after, and closings fall on
    the deadline at 23:59, the day after at 00:00, or at the edges of the question's day.
    """
    base = draw(st.sampled_from(RECEIVED_AROUND))
    policy = draw(COMPLAINT_POLICIES)
    calendar = draw(CALENDARS)
    drawn = []
    for index in range(draw(st.integers(min_value=0, max_value=8))):
        received = _at(
            base + timedelta(days=draw(st.integers(min_value=0, max_value=8))),
            draw(st.sampled_from(TIMES)),
        )
        level = draw(st.sampled_from(("I", "II", "III")))
        status = draw(st.sampled_from(("open", "acknowledged", "resolved", "closed", "reopened")))
        probe = Complaint(
            number="probe", customer_number="C000001", level=level, received_at=received
        )
        drawn.append(
            (
                index,
                received,
                level,
                status,
                closing_deadline(probe, policy=policy, calendar=calendar),
            )
        )
    deadlines = [deadline for *_, deadline in drawn]
    day = draw(
        st.one_of(
            st.builds(
                lambda shift: base + timedelta(days=shift), st.integers(min_value=0, max_value=25)
            ),
            *(
                [
                    st.builds(
                        lambda d, shift: d + timedelta(days=shift),
                        st.sampled_from(deadlines),
                        st.sampled_from((0, 1)),
                    )
                ]
                if deadlines
                else []
            ),
        )
    )
    as_of: date | datetime = day
    if draw(st.booleans()):
        as_of = _at(day, draw(st.sampled_from(TIMES)))
    complaints = []
    for index, received, level, status, deadline in drawn:
        closed_at = None
        if status == "closed" or draw(st.integers(min_value=0, max_value=4)) == 0:
            closed_at = max(
                received,
                draw(
                    st.sampled_from(
                        (
                            _at(deadline, time(23, 59)),
                            _at(deadline + timedelta(days=1), time(0, 0)),
                            _at(deadline - timedelta(days=1), time(10, 30)),
                            _at(deadline + timedelta(days=6), time(10, 30)),
                            _at(day, time(23, 59)),
                            _at(day + timedelta(days=1), time(0, 0)),
                        )
                    )
                ),
            )
        complaints.append(
            Complaint(
                number=f"TS{index + 1:06d}",
                customer_number=f"C{index % 3 + 1:06d}",
                level=level,
                status=status,
                received_at=received,
                resolved_at=closed_at if status == "closed" else None,
                closed_at=closed_at,
            )
        )
    customers = [Customer(number=f"C{n:06d}", name="王建国") for n in (1, 2, 3)]
    snapshot = Snapshot(customers=customers, complaints=complaints, customer_sequence=3)
    return snapshot, as_of, policy, calendar


#: Days of the review question: short months' ends and a leap day.
REVIEW_DAYS = (date(2025, 2, 28), date(2024, 2, 29), date(2025, 3, 1), date(2025, 6, 30))


@st.composite
def review_archives(draw: st.DrawFn) -> tuple[Snapshot, date]:
    """Customers reviewed or registered around the day months before the question."""
    day = draw(st.sampled_from(REVIEW_DAYS))
    months = 3
    around = date(
        day.year - (1 if day.month <= months else 0), (day.month - months - 1) % 12 + 1, 1
    )
    dates = st.one_of(
        st.none(),
        st.builds(
            lambda shift: around + timedelta(days=shift), st.integers(min_value=-3, max_value=35)
        ),
    )
    customers = [
        Customer(
            number=f"C{n:06d}",
            name="王建国",
            reviewed_on=draw(dates),
            registered_on=draw(dates),
        )
        for n in range(1, draw(st.integers(min_value=0, max_value=10)) + 1)
    ]
    # Some records anonymised or merged into the first: neither has a review due.
    customers = [
        anonymise(c)
        if draw(st.integers(0, 5)) == 0
        else attrs.evolve(c, merged_into="C000001")
        if c.number != "C000001" and draw(st.integers(0, 5)) == 0
        else c
        for c in customers
    ]
    return Snapshot(customers=customers, customer_sequence=len(customers)), day


def test_overdue_complaints_twin_equals_the_pure_list(module_engine: Engine) -> None:
    @writing_examples()
    @given(drawn=complaint_archives())
    def check(drawn: tuple[Snapshot, date, ComplaintPolicy, WorkdayCalendar]) -> None:
        snapshot, as_of, policy, calendar = drawn
        archive = restored(module_engine, snapshot)
        expected = overdue_complaints(
            snapshot.complaints, as_of=as_of, policy=policy, calendar=calendar
        )
        found = twins.overdue_complaints(archive, as_of=as_of, policy=policy, calendar=calendar)
        assert found == expected

    check()


def test_on_time_closure_twin_equals_the_pure_rate(module_engine: Engine) -> None:
    @writing_examples()
    @given(drawn=complaint_archives())
    def check(drawn: tuple[Snapshot, date, ComplaintPolicy, WorkdayCalendar]) -> None:
        snapshot, as_of, policy, calendar = drawn
        archive = restored(module_engine, snapshot)
        expected = on_time_closure(
            snapshot.complaints, as_of=as_of, policy=policy, calendar=calendar
        )
        found = twins.on_time_closure(archive, as_of=as_of, policy=policy, calendar=calendar)
        assert found == expected

    check()


def test_reviews_due_twin_equals_the_pure_list(module_engine: Engine) -> None:
    @writing_examples()
    @given(drawn=review_archives(), months=st.sampled_from((3, 1, 12)))
    def check(drawn: tuple[Snapshot, date], months: int) -> None:
        snapshot, day = drawn
        policy = ArchivePolicy(review_every_months=months)
        archive = restored(module_engine, snapshot)
        expected = reviews_due(snapshot.customers, as_of=day, policy=policy)
        assert twins.reviews_due(archive, as_of=day, policy=policy) == expected

    check()


def test_a_complaint_closed_on_its_deadline_at_2359_is_on_time(module_engine: Engine) -> None:
    received = _at(date(2025, 9, 30), time(23, 59))  # the deadline is after the holiday week
    complaints = [
        Complaint(
            number="TS2025001",
            customer_number="C000001",
            level="II",
            status="closed",
            received_at=received,
            closed_at=_at(date(2025, 10, 11), time(23, 59)),  # a worked Saturday
        ),
        Complaint(
            number="TS2025002",
            customer_number="C000001",
            level="II",
            status="closed",
            received_at=received,
            closed_at=_at(date(2025, 10, 12), time(0, 0)),
        ),
        Complaint(number="TS2025003", customer_number="C000001", level="III", received_at=received),
    ]
    snapshot = Snapshot(
        customers=[Customer(number="C000001", name="王建国")],
        complaints=complaints,
        customer_sequence=1,
    )
    archive = restored(module_engine, snapshot)
    day = date(2025, 10, 20)
    closure = twins.on_time_closure(archive, as_of=day)
    assert closure == on_time_closure(complaints, as_of=day)
    row = closure.levels[1]
    assert (row.rate.numerator, row.rate.denominator, row.closed_late) == (1, 2, ("TS2025002",))
    # Level III: seven working days, due on 16 October, still open on the 20th.
    assert closure.levels[2].open_overdue == ("TS2025003",)
    overdue = twins.overdue_complaints(archive, as_of=day)
    assert overdue == overdue_complaints(complaints, as_of=day)
    assert [(e.complaint.number, e.deadline, e.days_overdue) for e in overdue] == [
        ("TS2025003", date(2025, 10, 16), 4)
    ]


def test_the_twins_refuse_what_the_pure_rules_refuse(module_engine: Engine) -> None:
    archive = restored(module_engine, Snapshot())
    with pytest.raises(InvalidFormat, match="archive"):
        twins.overdue_complaints(Snapshot(), as_of=date(2025, 10, 9))  # type: ignore[arg-type]
    with pytest.raises(InvalidFormat, match="as_of"):
        twins.overdue_complaints(archive, as_of="2025-10-09")  # type: ignore[arg-type]
    with pytest.raises(InvalidFormat, match="calendar"):
        twins.overdue_complaints(archive, as_of=date(2025, 10, 9), calendar="weekends")  # type: ignore[arg-type]
    with pytest.raises(InvalidFormat, match="stats_policy"):
        twins.on_time_closure(archive, as_of=date(2025, 10, 9), stats_policy=3)  # type: ignore[arg-type]
    with pytest.raises(InvalidFormat, match="policy"):
        twins.reviews_due(archive, as_of=date(2025, 10, 9), policy=None)  # type: ignore[arg-type]


def test_a_complaint_is_overdue_from_the_day_after_its_deadline_until_closed(
    module_engine: Engine,
) -> None:
    # Level I, received on the National Day holiday: one working day after it is 9 October.
    received = _at(date(2025, 10, 3), time(0, 0))
    late_closing = _at(date(2025, 10, 11), time(0, 0))  # 00:00 the day after the question
    complaints = [
        Complaint(
            number="TS2025010",
            customer_number="C000001",
            level="I",
            status="closed",
            received_at=received,
            closed_at=late_closing,
        ),
        Complaint(number="TS2025011", customer_number="C000001", level="I", received_at=received),
    ]
    snapshot = Snapshot(
        customers=[Customer(number="C000001", name="王建国")],
        complaints=complaints,
        customer_sequence=1,
    )
    archive = restored(module_engine, snapshot)
    assert twins.overdue_complaints(archive, as_of=date(2025, 10, 9)) == ()
    found = twins.overdue_complaints(archive, as_of=date(2025, 10, 10))
    assert [(e.complaint.number, e.deadline, e.days_overdue) for e in found] == [
        ("TS2025010", date(2025, 10, 9), 1),
        ("TS2025011", date(2025, 10, 9), 1),
    ]
    assert found == overdue_complaints(complaints, as_of=date(2025, 10, 10))
    at_midnight = twins.overdue_complaints(archive, as_of=late_closing)
    assert [e.complaint.number for e in at_midnight] == ["TS2025011"]
