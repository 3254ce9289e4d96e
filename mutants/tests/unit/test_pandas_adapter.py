"""The pandas adapter: frames from domain objects and result rows."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

import pytest

pd = pytest.importorskip("pandas")

from autocrm.adapters.pandas import to_frame, to_records  # noqa: E402
from autocrm.domain import CHINA_TZ, Payer, ServiceType, WorkOrder, WorkOrderLine  # noqa: E402


def _orders() -> list[WorkOrder]:
    return [
        WorkOrder(
            number=f"WO{i}",
            customer_number="C000001",
            vin="LFV2A21K3D3109826",
            opened_at=datetime(2025, 10, 9 + i, 9, tzinfo=CHINA_TZ),
            service_types={ServiceType.MAINTENANCE},
            lines=[
                WorkOrderLine("机油", "0.10"),
                WorkOrderLine("喷漆", "0.20", payer=Payer.INSURANCE),
            ],
        )
        for i in range(3)
    ]


def test_money_stays_exact_in_a_frame() -> None:
    frame = to_frame([{"number": o.number, "total": o.total} for o in _orders()])
    assert frame["total"].sum() == Decimal("0.90")


def test_domain_objects_become_rows_with_labels() -> None:
    frame = to_frame(_orders())
    assert list(frame["number"]) == ["WO0", "WO1", "WO2"]
    assert frame.loc[0, "service_types"] == ["maintenance"]
    assert frame.loc[0, "lines"][1]["payer"] == "insurance"


def test_objects_with_to_rows_are_accepted() -> None:
    class Result:
        def to_rows(self) -> list[dict[str, object]]:
            return [{"level": "I", "count": 375}, {"level": "II", "count": 14}]

    assert to_frame(Result())["count"].tolist() == [375, 14]


def test_unknown_objects_are_refused() -> None:
    with pytest.raises(TypeError, match="cannot make a row of int"):
        to_records([1])


# -- frames that plot ----------------------------------------------------------------------


def test_money_as_float_gives_numeric_columns() -> None:
    frame = to_frame(_orders(), money="float")
    assert frame["total"].dtype == "float64"
    assert frame["paid_insurance"].tolist() == [0.2, 0.2, 0.2]
    assert frame["total"].describe()["mean"] == pytest.approx(0.3)


def test_money_stays_decimal_by_default_in_work_order_frames() -> None:
    frame = to_frame(_orders())
    assert frame["total"].tolist() == [Decimal("0.30")] * 3
    assert frame.loc[0, "paid_self"] == Decimal("0.10")
    assert frame.loc[0, "paid_warranty"] == Decimal("0.00")


def test_an_unknown_money_mode_is_refused() -> None:
    with pytest.raises(ValueError, match="money must be"):
        to_frame(_orders(), money="cents")  # type: ignore[arg-type]


def test_nested_objects_become_dotted_columns() -> None:
    from autocrm.domain import Address, Customer

    home = Address(text="广东省深圳市南山区科技园路1号", postcode="518057")
    frame = to_frame([Customer(number="C000001", name="王建国", address=home)])
    assert frame.loc[0, "address.postcode"] == "518057"
    assert "address" not in frame.columns


def _complaint(number: str, received: datetime, level: str = "I") -> object:
    from autocrm.domain import Complaint

    return Complaint(
        number=number,
        customer_number="C000001",
        level=level,
        received_at=received,
        description="等待时间过长",
    )


def test_statistics_total_is_kept_apart_and_empty_years_are_zero() -> None:
    from autocrm.stats import Period, complaint_counts

    complaints = [
        _complaint("T1", datetime(2022, 5, 1, 9, tzinfo=CHINA_TZ)),
        _complaint("T2", datetime(2025, 5, 1, 9, tzinfo=CHINA_TZ), level="III"),
    ]
    frame = to_frame(complaint_counts(complaints, period=Period.YEAR))
    assert frame["period"].tolist() == ["2022", "2023", "2024", "2025"]
    assert frame["total"].tolist() == [1, 0, 0, 1]
    assert frame["III"].tolist() == [0, 0, 0, 1]
    assert frame.attrs["total"]["total"] == 2
    assert "total" not in frame["period"].tolist()


def test_empty_months_are_filled_across_a_year_end() -> None:
    from autocrm.stats import Period, complaint_counts

    complaints = [
        _complaint("T1", datetime(2025, 11, 3, 9, tzinfo=CHINA_TZ)),
        _complaint("T2", datetime(2026, 2, 3, 9, tzinfo=CHINA_TZ)),
    ]
    frame = to_frame(complaint_counts(complaints, period=Period.MONTH))
    assert frame["period"].tolist() == ["2025-11", "2025-12", "2026-01", "2026-02"]
    assert frame["total"].tolist() == [1, 0, 0, 1]


def test_closure_by_level_keeps_its_total_apart() -> None:
    from datetime import date

    from autocrm.stats import on_time_closure

    complaints = [_complaint("T1", datetime(2025, 5, 6, 9, tzinfo=CHINA_TZ))]
    frame = to_frame(on_time_closure(complaints, as_of=date(2025, 6, 30)))
    assert frame["level"].tolist() == ["I", "II", "III"]
    assert frame.attrs["total"]["level"] == "total"


def test_statistics_results_show_as_html_tables() -> None:
    from autocrm.stats import Period, Rate, complaint_counts

    complaints = [_complaint("T1", datetime(2025, 5, 1, 9, tzinfo=CHINA_TZ))]
    shown = complaint_counts(complaints, period=Period.YEAR)._repr_html_()
    assert shown.startswith("<table><caption>ComplaintCounts</caption>")
    assert "<td>2025</td>" in shown
    assert "<th>numerator</th>" in Rate(19, 20)._repr_html_()
