"""Complaint statistics: counts by level, per thousand vehicles, on-time closure."""

from __future__ import annotations

from datetime import date, datetime, timezone
from decimal import Decimal

import pytest

from autocrm.domain import CHINA_TZ, Complaint, ComplaintLevel, Vehicle, WorkOrder
from autocrm.errors import InvalidComponent, InvalidFormat
from autocrm.rules.calendar import WeekendCalendar
from autocrm.rules.complaints import ComplaintPolicy
from autocrm.stats.complaints import complaint_counts, complaints_per_thousand, on_time_closure
from autocrm.stats.policy import StatsPolicy
from autocrm.stats.rates import Period

VINS = ("LFV2A21K3D3109826", "1HGCM82633A004352")


def _at(year: int, month: int, day: int, hour: int = 10) -> datetime:
    return datetime(year, month, day, hour, 0, tzinfo=CHINA_TZ)


def _complaint(
    number: str,
    received: datetime,
    *,
    level: str = "I",
    closed: datetime | None = None,
    status: str | None = None,
) -> Complaint:
    return Complaint(
        number=number,
        customer_number="C000001",
        level=level,
        status=status or ("closed" if closed else "investigating"),
        received_at=received,
        closed_at=closed,
    )


def test_counts_by_level_and_quarter() -> None:
    complaints = [
        _complaint("T1", _at(2015, 1, 5), level="I"),
        _complaint("T2", _at(2015, 2, 5), level="II"),
        _complaint("T3", _at(2015, 4, 5), level="III"),
        _complaint("T4", _at(2015, 4, 6), level="I"),
    ]
    counts = complaint_counts(complaints, period=Period.QUARTER)
    assert [r.to_dict() for r in counts.rows] == [
        {
            "period": "2015-Q1",
            "period_start": date(2015, 1, 1),
            "I": 1,
            "II": 1,
            "III": 0,
            "total": 2,
        },
        {
            "period": "2015-Q2",
            "period_start": date(2015, 4, 1),
            "I": 1,
            "II": 0,
            "III": 1,
            "total": 2,
        },
    ]
    assert counts.to_rows()[-1]["total"] == 4
    assert counts.row("2015-Q2").count(ComplaintLevel.III) == 1  # type: ignore[union-attr]


def test_counts_use_the_china_local_date() -> None:
    # Received 23:30 UTC on 31 December 2014 = 07:30 on 1 January 2015 in Beijing.
    late = datetime(2014, 12, 31, 23, 30, tzinfo=timezone.utc)
    counts = complaint_counts([_complaint("T1", late)], period=Period.YEAR)
    assert [r.period for r in counts.rows] == ["2015"]


def test_counts_without_period_give_one_row() -> None:
    counts = complaint_counts([_complaint("T1", _at(2014, 1, 5))], period=None)
    assert [(r.period, r.total) for r in counts.rows] == [("all", 1)]
    assert complaint_counts([], period=Period.MONTH).rows == ()


def test_per_thousand_with_car_parc_from_vehicles_and_work_orders() -> None:
    complaints = [_complaint("T1", _at(2015, 3, 2))]
    vehicles = [Vehicle(vin=vin, customer_number="C1") for vin in VINS]
    result = complaints_per_thousand(complaints, car_parc=vehicles)
    assert (result.car_parc, result.basis, result.value) == (
        2,
        "vehicles in the archive",
        Decimal("500.0"),
    )
    orders = [
        WorkOrder(
            number=f"W{i}",
            customer_number="C1",
            vin=VINS[0],
            opened_at=_at(2015, 3, i),
            service_types=["保养"],
        )
        for i in (1, 2, 3)
    ]
    served = complaints_per_thousand(complaints, car_parc=orders)
    assert (served.car_parc, served.basis) == (1, "distinct vehicles served")
    assert served.to_rows()[0]["per_thousand"] == Decimal("1000.0")


def test_per_thousand_zero_car_parc_is_none() -> None:
    result = complaints_per_thousand([], car_parc=0)
    assert (result.value, result.meets_target) == (None, None)


def test_per_thousand_target_and_digits_from_policy() -> None:
    complaints = [_complaint(f"T{i}", _at(2014, 5, 1)) for i in range(382)]
    policy = StatsPolicy(per_thousand_target=2.5, per_thousand_digits=2)
    result = complaints_per_thousand(complaints, car_parc=159_000, policy=policy)
    assert (result.value, result.target, result.meets_target) == (
        Decimal("2.40"),
        Decimal("2.5"),
        True,
    )


@pytest.mark.parametrize(
    ("car_parc", "error"),
    [
        (-1, InvalidComponent),
        (63.0, InvalidFormat),
        ("63000", InvalidFormat),
        ([object()], InvalidFormat),
    ],
)
def test_per_thousand_refuses_bad_car_parc(car_parc: object, error: type[Exception]) -> None:
    with pytest.raises(error):
        complaints_per_thousand([], car_parc=car_parc)  # type: ignore[arg-type]


def test_on_time_closure_counts_working_days_across_national_day() -> None:
    # Level II received 30 September 2025: three working days end 11 October (a 调休 Saturday).
    on_time = _complaint("T1", _at(2025, 9, 30), level="II", closed=_at(2025, 10, 11, 17))
    late = _complaint("T2", _at(2025, 9, 30), level="II", closed=_at(2025, 10, 13, 9))
    result = on_time_closure([on_time, late], as_of=date(2025, 12, 31))
    row = result.levels[1]
    assert row.level is ComplaintLevel.II
    assert (row.rate.numerator, row.rate.denominator, row.closed_late) == (1, 2, ("T2",))
    assert row.deadline_workdays == 3


def test_open_complaints_count_late_once_overdue_and_wait_while_pending() -> None:
    overdue = _complaint("T1", _at(2025, 3, 3), level="I")
    pending = _complaint("T2", _at(2025, 3, 3), level="III")
    reopened = _complaint(
        "T3", _at(2025, 3, 3), level="I", closed=_at(2025, 3, 3, 16), status="reopened"
    )
    result = on_time_closure([overdue, pending, reopened], as_of=date(2025, 3, 5))
    overall = result.overall
    assert overall.open_overdue == ("T1", "T3")
    assert overall.pending == 1
    assert (overall.rate.numerator, overall.rate.denominator) == (0, 2)
    assert result.rate("III").value is None  # nothing to measure yet, not 0 %


def test_closed_after_as_of_is_not_yet_closed() -> None:
    complaint = _complaint("T1", _at(2025, 3, 3), closed=_at(2025, 3, 20))
    before = on_time_closure([complaint], as_of=date(2025, 3, 3))
    assert (before.overall.pending, before.rate().denominator) == (1, 0)
    after = on_time_closure([complaint], as_of=date(2025, 3, 31))
    assert after.overall.closed_late == ("T1",)


def test_on_time_closure_policy_calendar_and_target() -> None:
    complaint = _complaint("T1", _at(2025, 10, 1), level="I", closed=_at(2025, 10, 2))
    chinese = on_time_closure([complaint], as_of=date(2025, 12, 1))
    assert chinese.rate().value == 1.0  # the deadline moves past the holiday week
    weekend = on_time_closure(
        [complaint],
        as_of=date(2025, 12, 1),
        calendar=WeekendCalendar(),
        policy=ComplaintPolicy(level_i_workdays=0),
    )
    assert weekend.rate().value == 0.0  # same-day deadline on a Wednesday
    assert weekend.meets_target is False
    relaxed = on_time_closure(
        [complaint], as_of=date(2025, 12, 1), stats_policy=StatsPolicy(on_time_closure_target=0.5)
    )
    assert relaxed.target == 0.5
    rows = relaxed.to_rows()
    assert [r["level"] for r in rows] == ["I", "II", "III", "total"]
    assert rows[0]["percent"] == "100%"
    assert rows[0]["meets_target"] is True
    assert rows[1]["percent"] == "n/a"


def test_on_time_closure_refuses_a_naive_or_missing_as_of() -> None:
    with pytest.raises(InvalidFormat) as info:
        on_time_closure([], as_of=datetime(2025, 1, 1))
    assert info.value.field == "as_of"
    with pytest.raises(InvalidFormat):
        on_time_closure([], as_of="2025-01-01")  # type: ignore[arg-type]
