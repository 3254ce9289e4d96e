"""Repair and complaint-handling satisfaction: mean, CSAT, NPS, by period and by staff."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import pytest

from autocrm.domain import (
    CHINA_TZ,
    CallAttempt,
    Complaint,
    FollowUp,
    ReportedIssue,
    WorkOrder,
)
from autocrm.errors import InvalidComponent, InvalidFormat
from autocrm.stats.policy import StatsPolicy
from autocrm.stats.rates import Period
from autocrm.stats.satisfaction import (
    Breakdown,
    csat,
    mean_rating,
    nps,
    satisfaction_by_period,
)

VIN = "LFV2A21K3D3109826"


def _followup(
    number: str,
    called: datetime,
    rating: int | None,
    *,
    work_order: str = "WO1",
    by: str = "客服-李娜",
    issues: tuple[ReportedIssue, ...] = (),
) -> FollowUp:
    attempts = [CallAttempt(called, "no_answer", by=by)]
    if rating is not None:
        attempts.append(CallAttempt(called, "completed", by=by, rating=rating, issues=issues))
    day = called.date()
    return FollowUp(
        number=number,
        kind="3dc",
        customer_number="C000001",
        vin=VIN,
        work_order_number=work_order,
        earliest=day,
        due=day,
        latest=day,
        status="completed" if rating is not None else "pending",
        attempts=attempts,
    )


def _at(month: int, day: int) -> datetime:
    return datetime(2025, month, day, 10, 0, tzinfo=CHINA_TZ)


def _order(number: str, advisor: str, technician: str) -> WorkOrder:
    return WorkOrder(
        number=number,
        customer_number="C000001",
        vin=VIN,
        opened_at=_at(10, 1),
        service_types=["保养"],
        service_advisor=advisor,
        technician=technician,
    )


def test_mean_rating_skips_unrated_followups() -> None:
    followups = [
        _followup("F1", _at(10, 9), 5),
        _followup("F2", _at(10, 9), 4),
        _followup("F3", _at(10, 9), None),
    ]
    summary = mean_rating(followups)
    assert (summary.count, summary.total, summary.mean) == (2, 9, 4.5)


def test_mean_rating_without_ratings_is_none_not_zero() -> None:
    assert mean_rating([]).mean is None
    assert mean_rating([]).rounded() is None


def test_csat_uses_policy_threshold() -> None:
    ratings = [5, 4, 3, 3]
    assert csat(ratings).format_percent() == "50%"
    assert csat(ratings, policy=StatsPolicy(satisfied_min_rating=3)).format_percent() == "100%"


def test_csat_on_a_ten_point_scale() -> None:
    rate = csat([10, 9, 8, 7, 0], scale=10)
    assert (rate.numerator, rate.denominator) == (3, 5)


def test_rating_outside_the_scale_is_refused_with_the_record() -> None:
    with pytest.raises(InvalidComponent, match="F9") as info:
        csat([_followup("F9", _at(10, 9), 8)])
    assert info.value.field == "rating"
    with pytest.raises(InvalidComponent):
        csat([0])  # a 1–5 scale has no 0


def test_bad_scale_and_bad_items_are_refused() -> None:
    with pytest.raises(InvalidComponent) as info:
        csat([5], scale=7)
    assert info.value.field == "scale"
    with pytest.raises(InvalidFormat):
        csat(["5"])  # type: ignore[list-item]


def test_nps_promoters_minus_detractors() -> None:
    score = nps([10, 9, 9, 8, 7, 6, 0, 10], scale=10)
    assert (score.promoters, score.passives, score.detractors) == (4, 2, 2)
    assert score.score == 25.0
    assert score.rounded() == Decimal("25")
    assert nps([], scale=10).score is None


def test_nps_needs_a_ten_point_scale() -> None:
    with pytest.raises(InvalidComponent):
        nps([5, 4])
    assert nps([9], policy=StatsPolicy(rating_scale=10)).promoters == 1


def test_complaint_handling_satisfaction_from_complaints() -> None:
    complaints = [
        Complaint(
            number=f"T{i}",
            customer_number="C1",
            status="closed",
            received_at=_at(9, 29),
            closed_at=_at(month, 3),
            satisfaction=score,
        )
        for i, (month, score) in enumerate([(10, 5), (10, 2), (11, 4), (11, None)])
    ]
    table = satisfaction_by_period(complaints, period=Period.MONTH)
    assert [(r.period, r.ratings.count, f"{r.csat}") for r in table.rows] == [
        ("2025-10", 2, "50%"),
        ("2025-11", 1, "100%"),
    ]
    assert table.rows[0].period_start == date(2025, 10, 1)


def test_repair_satisfaction_by_service_advisor() -> None:
    orders = [_order("WO1", "王强", "赵敏"), _order("WO2", "陈杰", "赵敏")]
    followups = [
        _followup("F1", _at(10, 9), 5, work_order="WO1"),
        _followup("F2", _at(10, 10), 2, work_order="WO1"),
        _followup("F3", _at(10, 10), 4, work_order="WO2"),
        _followup("F4", _at(10, 10), 4, work_order="WO-unknown"),
    ]
    table = satisfaction_by_period(
        followups, period=None, by=Breakdown.SERVICE_ADVISOR, work_orders=orders
    )
    assert [(r.group, r.ratings.count, r.ratings.mean) for r in table.rows] == [
        ("王强", 2, 3.5),
        ("陈杰", 1, 4.0),
        (None, 1, 4.0),
    ]
    by_technician = satisfaction_by_period(
        followups, period=None, by="technician", work_orders=orders
    )
    assert by_technician.row("all", "赵敏") is not None
    assert by_technician.row("all", "赵敏").ratings.count == 3  # type: ignore[union-attr]


def test_satisfaction_by_job_position_counts_each_position_raised() -> None:
    followups = [
        _followup(
            "F1",
            _at(10, 9),
            2,
            issues=(
                ReportedIssue("服务态度", "service_advisor"),
                ReportedIssue("维修技术", "technician"),
            ),
        ),
        _followup("F2", _at(10, 9), 3, issues=(ReportedIssue("维修技术", "technician"),)),
        _followup("F3", _at(10, 9), 5),
    ]
    table = satisfaction_by_period(followups, period=Period.YEAR, by=Breakdown.JOB_POSITION)
    assert [(r.group, r.ratings.count) for r in table.rows] == [
        ("service_advisor", 1),
        ("technician", 2),
        (None, 1),
    ]


def test_satisfaction_by_handler_and_nps_column() -> None:
    followups = [
        _followup("F1", _at(10, 9), 10, by="李娜"),
        _followup("F2", _at(10, 9), 6, by="李娜"),
        _followup("F3", _at(10, 9), 9, by="王强"),
    ]
    table = satisfaction_by_period(followups, period=Period.DAY, by="handler", scale=10)
    rows = table.to_rows()
    assert [(r["group"], r["nps"]) for r in rows] == [("李娜", 0.0), ("王强", 100.0)]
    assert rows[0]["csat_percent"] == "50%"
    assert table.satisfied_min_rating == 8


def test_grouping_by_period_needs_dated_records() -> None:
    with pytest.raises(InvalidFormat):
        satisfaction_by_period([5, 4], period=Period.MONTH)  # type: ignore[list-item]
