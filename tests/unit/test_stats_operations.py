"""Operations: arrivals by type, appointment rates, insurance renewal, follow-up issues."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from decimal import Decimal

import pytest

from autocrm.domain import (
    CHINA_TZ,
    Appointment,
    CallAttempt,
    FollowUp,
    IssueCategory,
    JobPosition,
    ReportedIssue,
    ServiceType,
    WorkOrder,
)
from autocrm.errors import InvalidComponent, InvalidFormat
from autocrm.stats.appointments import appointment_rates
from autocrm.stats.arrivals import ARRIVAL_GROUPS, ArrivalGroup, arrivals_by_type
from autocrm.stats.issues import issue_breakdown
from autocrm.stats.policy import StatsPolicy
from autocrm.stats.rates import Period
from autocrm.stats.renewals import InsuranceRenewal, renewal_rate

VIN = "LFV2A21K3D3109826"


def _at(month: int, day: int, hour: int = 9, minute: int = 0) -> datetime:
    return datetime(2025, month, day, hour, minute, tzinfo=CHINA_TZ)


def _visit(number: str, day: datetime, *types: str) -> WorkOrder:
    return WorkOrder(
        number=number, customer_number="C000001", vin=VIN, opened_at=day, service_types=types
    )


# --------------------------------------------------------------------------- arrivals


def test_every_service_type_is_mapped_or_deliberately_other() -> None:
    unmapped = set(ServiceType) - set(ARRIVAL_GROUPS)
    assert unmapped == {
        ServiceType.DECORATION,
        ServiceType.PARTS_OVER_COUNTER,
        ServiceType.INSURANCE_RENEWAL,
        ServiceType.INSPECTION_PROXY,
        ServiceType.NEW_CAR_DELIVERY,
    }


def test_arrivals_by_group_and_month() -> None:
    visits = [
        _visit("W1", _at(9, 1), "首保"),
        _visit("W2", _at(9, 2), "保养", "小修"),  # maintenance wins over repair
        _visit("W3", _at(9, 3), "保险维修", "保养"),  # accident car wins over maintenance
        _visit("W4", _at(10, 1), "大修"),
        _visit("W5", _at(10, 2), "装饰"),
    ]
    counts = arrivals_by_type(visits, period=Period.MONTH)
    september, october = counts.rows
    assert (september.period, september.visits) == ("2025-09", 3)
    assert [september.group(g) for g in ArrivalGroup] == [1, 1, 0, 1, 0]
    assert september.service_type(ServiceType.MAINTENANCE) == 2
    assert [october.group(g) for g in ArrivalGroup] == [0, 0, 1, 0, 1]
    total = counts.to_rows()[-1]
    assert total["period"] == "total"
    assert total["visits"] == 5
    assert total["group_general_repair"] == 1
    assert total["type_decoration"] == 1


def test_arrival_groups_can_be_remapped() -> None:
    groups = {**ARRIVAL_GROUPS, ServiceType.DECORATION: ArrivalGroup.GENERAL_REPAIR}
    counts = arrivals_by_type([_visit("W1", _at(9, 1), "装饰")], groups=groups)
    assert counts.rows[0].group("一般维修") == 1


def test_arrivals_refuse_other_objects() -> None:
    with pytest.raises(InvalidFormat):
        arrivals_by_type(["W1"])  # type: ignore[list-item]


# --------------------------------------------------------------------------- appointments


def _appointment(number: str, kind: str, status: str, slot: datetime) -> Appointment:
    arrived = None
    if status == "arrived_on_time":
        arrived = slot - timedelta(minutes=5)
    elif status == "arrived_late":
        arrived = slot + timedelta(minutes=12)
    return Appointment(
        number=number,
        customer_number="C000001",
        vin=VIN,
        kind=kind,
        booked_at=slot - timedelta(days=2),
        slot=slot,
        status=status,
        arrived_at=arrived,
    )


def test_appointment_success_and_on_time_rates() -> None:
    appointments = [
        _appointment("Y1", "proactive", "arrived_on_time", _at(10, 10)),
        _appointment("Y2", "proactive", "arrived_on_time", _at(10, 10)),
        _appointment("Y3", "proactive", "arrived_late", _at(10, 10)),
        _appointment("Y4", "passive", "no_show", _at(10, 10)),
        _appointment("Y5", "passive", "cancelled", _at(10, 10)),
        _appointment("Y6", "passive", "booked", _at(10, 20)),
    ]
    rates = appointment_rates(appointments)
    overall = rates.row()
    assert overall is not None
    assert (overall.success.numerator, overall.success.denominator) == (3, 5)
    assert (overall.on_time.numerator, overall.on_time.denominator) == (2, 3)
    assert (overall.no_show, overall.cancelled, overall.pending) == (1, 1, 1)
    passive = rates.row(kind="被动预约")
    assert passive is not None
    assert passive.success.value == 0.0
    assert passive.on_time.value is None  # nobody arrived: nothing to measure
    assert rates.to_rows()[0]["success_percent"] == "60%"


def test_appointment_rates_by_week() -> None:
    appointments = [
        _appointment("Y1", "proactive", "arrived_on_time", _at(10, 13)),
        _appointment("Y2", "proactive", "no_show", _at(10, 20)),
    ]
    rates = appointment_rates(appointments, period=Period.WEEK)
    assert [(r.period, r.kind, f"{r.success}") for r in rates.rows] == [
        ("2025-W42", None, "100%"),
        ("2025-W42", rates.rows[1].kind, "100%"),
        ("2025-W43", None, "0%"),
        ("2025-W43", rates.rows[3].kind, "0%"),
    ]


# --------------------------------------------------------------------------- renewal


def _renewal(
    vin: str, expires: date, premium: str, renewed: date | None = None
) -> InsuranceRenewal:
    return InsuranceRenewal(
        vin, customer_number="C000001", expires_on=expires, renewed_on=renewed, premium=premium
    )


def test_renewal_rate_by_count_and_by_value() -> None:
    records = [
        _renewal("V1", date(2025, 11, 3), "6000.00", renewed=date(2025, 10, 28)),
        _renewal("V2", date(2025, 11, 9), "3000.00"),
        _renewal("V3", date(2025, 11, 15), "3000.00"),
        _renewal("V4", date(2025, 11, 30), "3000.00"),
        _renewal("V5", date(2025, 11, 30), "3000.00"),
        _renewal("V6", date(2025, 12, 1), "9000.00", renewed=date(2025, 11, 20)),  # December
    ]
    rate = renewal_rate(records, month=date(2025, 11, 18))
    assert rate.label == "2025-11"
    assert (rate.by_count.numerator, rate.by_count.denominator) == (1, 5)
    assert (rate.premium_expiring, rate.premium_renewed) == (
        Decimal("18000.00"),
        Decimal("6000.00"),
    )
    assert rate.by_value_percent() == "33%"
    assert (rate.meets_floor_by_count, rate.meets_floor_by_value) == (True, True)
    strict = renewal_rate(records, month=date(2025, 11, 1), policy=StatsPolicy(renewal_floor=0.25))
    assert (strict.meets_floor_by_count, strict.meets_floor_by_value) == (False, True)
    row = rate.to_rows()[0]
    assert (row["by_count_percent"], row["expiring"], row["renewed"]) == ("20%", 5, 1)


def test_renewal_rate_of_an_empty_month_is_none() -> None:
    rate = renewal_rate([], month=date(2025, 11, 1))
    assert (rate.by_count.value, rate.by_value, rate.by_value_percent()) == (None, None, "n/a")
    assert rate.meets_floor_by_count is None


def test_insurance_renewal_refuses_bad_premium() -> None:
    with pytest.raises(InvalidComponent):
        _renewal("V1", date(2025, 11, 3), "-1")
    with pytest.raises(InvalidFormat):
        InsuranceRenewal("V1", customer_number="C1", expires_on=date(2025, 11, 3), premium=1.5)
    with pytest.raises(InvalidFormat):
        renewal_rate([], month="2025-11")  # type: ignore[arg-type]


# --------------------------------------------------------------------------- issues


def _called(number: str, *issues: ReportedIssue, completed: bool = True) -> FollowUp:
    at = _at(10, 13, 10)
    attempt = (
        CallAttempt(at, "completed", rating=3, issues=issues)
        if completed
        else CallAttempt(at, "no_answer")
    )
    return FollowUp(
        number=number,
        kind="3dc",
        customer_number="C000001",
        earliest=at.date(),
        due=at.date(),
        latest=at.date(),
        attempts=[attempt],
    )


def test_issue_breakdown_by_category_and_position() -> None:
    followups = [
        _called("F1", ReportedIssue("硬件设施", "car_wash"), ReportedIssue("服务态度", "cashier")),
        _called("F2", ReportedIssue("服务态度", "cashier")),
        _called("F3"),
        _called("F4", completed=False),
    ]
    result = issue_breakdown(followups)
    assert (result.calls, result.calls_with_issues, result.total) == (3, 2, 3)
    assert result.cells[0] == (IssueCategory.ATTITUDE, JobPosition.CASHIER, 2)
    assert dict(result.by_category())[IssueCategory.HARDWARE] == 1
    assert dict(result.by_position())[JobPosition.TECHNICIAN] == 0
    assert f"{result.share(IssueCategory.ATTITUDE)}" == "67%"
    rows = result.to_rows()
    assert rows[0]["category_label"] == "服务态度"
    assert rows[0]["position_label"] == "收银"
    assert rows[0]["share_percent"] == "67%"
