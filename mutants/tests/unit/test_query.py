"""The query model: every operator, errors naming the path, windows, grouping, aggregates."""

from __future__ import annotations

from datetime import date, datetime, timezone
from decimal import Decimal

import pytest

from autocrm.domain import (
    CHINA_TZ,
    Complaint,
    ComplaintLevel,
    Customer,
    CustomerKind,
    Payer,
    ServiceType,
    Snapshot,
    Vehicle,
    WorkOrder,
    WorkOrderLine,
)
from autocrm.errors import ValidationError
from autocrm.query import (
    SCHEMA,
    And,
    Between,
    Compare,
    Contains,
    F,
    Field,
    In,
    IsNull,
    MissingAsOf,
    MissingLookup,
    Not,
    Or,
    RelativeWindow,
    TypeMismatch,
    UnknownField,
    ValueType,
    aggregate,
    bind,
    count,
    count_distinct,
    evaluate,
    field,
    matches,
    month,
    needs_as_of,
    sum_money,
    window_bounds,
    within_last,
    within_next,
    year,
)

PASSAT = "LFV2A21K3D3109826"
ACCORD = "1HGCM82633A004352"


def at(y: int, m: int, d: int, h: int = 10) -> datetime:
    return datetime(y, m, d, h, 0, tzinfo=CHINA_TZ)


def car(vin: str = PASSAT, owner: str = "C000001", **kw: object) -> Vehicle:
    return Vehicle(vin, owner, **kw)  # type: ignore[arg-type]


def visit(
    number: str,
    opened: datetime,
    *,
    vin: str = PASSAT,
    owner: str = "C000001",
    types: object = ("保养",),
    lines: tuple[WorkOrderLine, ...] = (),
    advisor: str | None = None,
) -> WorkOrder:
    return WorkOrder(
        number,
        customer_number=owner,
        vin=vin,
        opened_at=opened,
        service_types=types,
        lines=lines,
        service_advisor=advisor,
    )


# -- building filters ---------------------------------------------------------------------


def test_f_builds_plain_frozen_nodes() -> None:
    node = F.vehicle.insurer == "PICC"
    assert node == Compare("==", Field("vehicle", ("insurer",), ValueType.TEXT), "PICC")
    assert node.field.name == "vehicle.insurer"
    assert node.entity == "vehicle"


def test_field_accepts_a_domain_class_and_dotted_path() -> None:
    assert Field(WorkOrder, "vehicle.insurer") == F.work_order.vehicle.insurer.field
    assert field("work_order.customer.name").field.path == ("customer", "name")


@pytest.mark.parametrize(
    ("build", "path"),
    [
        (lambda: F.vehicle.insurance_company, "vehicle.insurance_company"),
        (lambda: F.work_order.vehicle.colour_code, "work_order.vehicle.colour_code"),
        (lambda: F.work_order.lines, "work_order.lines"),
        (lambda: F.vehicle.customer.name.first, "vehicle.customer.name.first"),
        (lambda: F.work_order.vin.length, "work_order.vin.length"),
        (lambda: F.garage.name, "garage"),
    ],
)
def test_unknown_path_is_refused_naming_it(build: object, path: str) -> None:
    with pytest.raises(UnknownField) as caught:
        build()  # type: ignore[operator]
    assert caught.value.field == path
    assert path in str(caught.value)
    assert isinstance(caught.value, ValidationError)


def test_a_relation_alone_is_not_a_field() -> None:
    with pytest.raises(UnknownField, match=r"work_order\.vehicle: is a relation"):
        _ = F.work_order.vehicle == "x"


@pytest.mark.parametrize(
    ("build", "path", "fragment"),
    [
        (lambda: F.vehicle.purchased_on > "2024-01-01", "vehicle.purchased_on", "expected a date"),
        (
            lambda: F.vehicle.purchased_on == at(2024, 1, 1),
            "vehicle.purchased_on",
            "expected a date",
        ),
        (
            lambda: F.work_order.opened_at >= date(2025, 1, 1),
            "work_order.opened_at",
            "aware datetime",
        ),
        (
            lambda: F.work_order.opened_at >= datetime(2025, 1, 1),
            "work_order.opened_at",
            "no time zone",
        ),
        (lambda: F.vehicle.warranty_km < "100000", "vehicle.warranty_km", "expected an int"),
        (lambda: F.vehicle.warranty_km == True, "vehicle.warranty_km", "expected an int"),  # noqa: E712
        (
            lambda: F.vehicle.insurer < "PICC",
            "vehicle.insurer",
            "'<' does not apply to a text field",
        ),
        (lambda: F.vehicle.insurer == 3, "vehicle.insurer", "expected a str"),
        (lambda: F.vehicle.insurer == None, "vehicle.insurer", "is_null"),  # noqa: E711
        (lambda: F.work_order.total > 1.5, "work_order.total", "float"),
        (lambda: F.complaint.level == "IV", "complaint.level", "not a ComplaintLevel"),
        (lambda: F.complaint.level > "I", "complaint.level", "does not apply to an enum field"),
        (lambda: F.vehicle.is_new_car_sale == "yes", "vehicle.is_new_car_sale", "a bool"),
        (lambda: F.work_order.service_types == "保养", "work_order.service_types", "set field"),
        (lambda: F.customer.tags.is_null(), "customer.tags", "set field"),
        (lambda: F.vehicle.warranty_km.contains(5), "vehicle.warranty_km", "contains applies"),
        (lambda: F.vehicle.insurer.between("A", "Z"), "vehicle.insurer", "between does not"),
        (lambda: F.vehicle.insurer.in_("PICC"), "vehicle.insurer", "collection of values"),
        (lambda: F.vehicle.warranty_km.in_([1, "2"]), "vehicle.warranty_km", "expected an int"),
        (
            lambda: F.work_order.service_types.contains("洗车"),
            "work_order.service_types",
            "not a ServiceType",
        ),
        (lambda: within_last(F.vehicle.insurer, days=3), "vehicle.insurer", "date window"),
        (lambda: within_last(F.vehicle.purchased_on), "vehicle.purchased_on", "needs a length"),
    ],
)
def test_type_mismatch_is_refused_when_built_naming_the_path(
    build: object, path: str, fragment: str
) -> None:
    with pytest.raises(TypeMismatch) as caught:
        build()  # type: ignore[operator]
    assert caught.value.field == path
    assert str(caught.value).startswith(path + ":")
    assert fragment in str(caught.value)


def test_values_are_normalised_when_built() -> None:
    assert (F.complaint.level == "三级").value is ComplaintLevel.III
    assert (F.customer.kind == "company").value is CustomerKind.COMPANY
    assert (F.work_order.total >= 100).value == Decimal("100.00")
    assert F.work_order.total.between("0.005", Decimal(7)).low == Decimal("0.01")
    assert F.work_order.service_types.contains("保养").value is ServiceType.MAINTENANCE
    assert F.complaint.level.in_(["I", "I", "一级"]).values == (ComplaintLevel.I,)


def test_combinators_flatten_and_keep_one_entity() -> None:
    a, b, c = (F.vehicle.brand == "大众"), (F.vehicle.model == "速腾"), F.vehicle.plate.is_null()
    assert (a & b & c) == And((a, b, c))
    assert (a | b | c) == Or((a, b, c))
    assert ~a == Not(a)
    assert (a & (b | c)).items == (a, Or((b, c)))
    with pytest.raises(TypeMismatch, match=r"work_order\.vin: cannot combine") as caught:
        _ = a & (F.work_order.vin == PASSAT)
    assert caught.value.field == "work_order.vin"


def test_python_and_or_not_on_filters_is_an_error() -> None:
    with pytest.raises(TypeError, match="combine filters with &"):
        _ = (F.vehicle.brand == "大众") and (F.vehicle.model == "速腾")


def test_a_bare_field_is_not_a_filter() -> None:
    with pytest.raises(TypeMismatch, match="a field is not a filter"):
        _ = (F.vehicle.brand == "大众") & F.vehicle.plate  # type: ignore[operator]


# -- evaluating --------------------------------------------------------------------------

CARS = [
    car(
        PASSAT,
        "C000001",
        insurer="PICC",
        plate="京A12345",
        purchased_on=date(2024, 3, 18),
        warranty_km=100_000,
        tags={"fleet"},
    ),
    car(ACCORD, "C000002", insurer="平安产险", purchased_on=date(2021, 5, 1), warranty_km=60_000),
    car("WVWZZZ1JZ3W386752", "C000002", vin_check_digit=False, plate="粤B·D12345"),
]


def vins(node: object, objects: object = CARS, **kw: object) -> list[str]:
    return [v.vin for v in evaluate(node, objects, **kw)]  # type: ignore[arg-type]


def test_equality_and_inequality_with_missing_values() -> None:
    assert vins(F.vehicle.insurer == "PICC") == [PASSAT]
    # != is exactly ~(==): a vehicle with no insurer is "not insured with PICC".
    assert vins(F.vehicle.insurer != "PICC") == [ACCORD, "WVWZZZ1JZ3W386752"]
    assert vins(~(F.vehicle.insurer == "PICC")) == vins(F.vehicle.insurer != "PICC")


def test_ordering_operators_skip_missing_values() -> None:
    assert vins(F.vehicle.warranty_km < 100_000) == [ACCORD]
    assert vins(F.vehicle.warranty_km <= 100_000) == [PASSAT, ACCORD]
    assert vins(F.vehicle.warranty_km > 60_000) == [PASSAT]
    assert vins(F.vehicle.warranty_km >= 60_000) == [PASSAT, ACCORD]
    assert vins(F.vehicle.purchased_on < date(2024, 3, 18)) == [ACCORD]
    assert vins(~(F.vehicle.warranty_km >= 60_000)) == ["WVWZZZ1JZ3W386752"]


def test_in_between_contains_is_null() -> None:
    assert vins(F.vehicle.insurer.in_(["平安产险", "太平洋产险"])) == [ACCORD]
    assert vins(F.vehicle.insurer.in_([])) == []
    assert vins(F.vehicle.purchased_on.between(date(2021, 5, 1), date(2024, 3, 18))) == [
        PASSAT,
        ACCORD,
    ]
    assert vins(F.vehicle.plate.contains("B")) == ["WVWZZZ1JZ3W386752"]
    assert vins(F.vehicle.plate.contains("b")) == []  # case-sensitive
    assert vins(F.vehicle.tags.contains("fleet")) == [PASSAT]
    assert vins(F.vehicle.insurer.is_null()) == ["WVWZZZ1JZ3W386752"]
    assert vins(~F.vehicle.insurer.is_null()) == [PASSAT, ACCORD]


def test_and_or_not() -> None:
    assert vins((F.vehicle.customer_number == "C000002") & F.vehicle.insurer.is_null()) == [
        "WVWZZZ1JZ3W386752"
    ]
    assert vins((F.vehicle.insurer == "PICC") | F.vehicle.plate.contains("粤")) == [
        PASSAT,
        "WVWZZZ1JZ3W386752",
    ]
    assert vins(~((F.vehicle.insurer == "PICC") | F.vehicle.insurer.is_null())) == [ACCORD]


def test_enum_and_set_fields() -> None:
    orders = [
        visit("WO1", at(2025, 10, 9), types=["保养", "小修"]),
        visit("WO2", at(2025, 10, 10), types=["钣喷"]),
    ]
    found = evaluate(F.work_order.service_types.contains(ServiceType.MINOR_REPAIR), orders)
    assert [w.number for w in found] == ["WO1"]
    complaints = [
        Complaint("T1", customer_number="C1", received_at=at(2025, 1, 6), level="II"),
        Complaint("T2", customer_number="C1", received_at=at(2025, 1, 7), level="III"),
    ]
    assert [c.number for c in evaluate(F.complaint.level == "二级", complaints)] == ["T1"]


def test_datetime_compares_instants_whatever_the_zone() -> None:
    orders = [visit("WO1", at(2025, 10, 9, 7))]  # 07:00 CST = 23:00 UTC the day before
    utc_evening = datetime(2025, 10, 8, 23, 0, tzinfo=timezone.utc)
    assert [w.number for w in evaluate(F.work_order.opened_at == utc_evening, orders)] == ["WO1"]


def test_computed_money_fields_sum_lines_by_payer() -> None:
    lines = (
        WorkOrderLine("机油机滤", "420.00"),
        WorkOrderLine("钣喷", "3200.00", payer=Payer.INSURANCE),
        WorkOrderLine("刹车片", "680.50", payer=Payer.INSURANCE),
    )
    orders = [visit("WO1", at(2025, 10, 9), lines=lines), visit("WO2", at(2025, 10, 9))]
    assert [w.number for w in evaluate(F.work_order.insurance_paid > 3000, orders)] == ["WO1"]
    assert [w.number for w in evaluate(F.work_order.total == 0, orders)] == ["WO2"]
    assert [w.number for w in evaluate(F.work_order.self_paid == "420", orders)] == ["WO1"]


def test_evaluate_refuses_records_of_another_entity() -> None:
    with pytest.raises(TypeMismatch, match="selects Vehicle records, got WorkOrder"):
        evaluate(F.vehicle.insurer == "PICC", [visit("WO1", at(2025, 1, 2))])


# -- paths across relations --------------------------------------------------------------


def seed_snapshot() -> Snapshot:
    return Snapshot(
        customers=[
            Customer(number="C000001", name="华夏银行北京分行", kind="company"),
            Customer(number="C000002", name="王建国"),
        ],
        vehicles=CARS,
        work_orders=[
            visit("WO1", at(2025, 9, 1), vin=PASSAT, owner="C000001"),
            visit("WO2", at(2025, 9, 2), vin=ACCORD, owner="C000002"),
            visit("WO3", at(2025, 9, 3), vin="LSVAU2180N218329X", owner="C000404"),
        ],
    )


def test_paths_cross_to_the_vehicle_and_the_customer() -> None:
    snap = seed_snapshot()
    assert [w.number for w in evaluate(F.work_order.vehicle.insurer == "PICC", snap)] == ["WO1"]
    where = F.work_order.customer.name.contains("银行")
    assert [w.number for w in evaluate(where, snap)] == ["WO1"]
    # A related record that is not in the archive reads as missing values.
    assert [w.number for w in evaluate(F.work_order.customer.name.is_null(), snap)] == ["WO3"]
    where = F.work_order.vehicle.insurer.is_null()
    assert [w.number for w in evaluate(where, snap)] == ["WO3"]


def test_a_path_across_a_relation_needs_a_lookup() -> None:
    orders = list(seed_snapshot().work_orders)
    with pytest.raises(MissingLookup) as caught:
        evaluate(F.work_order.vehicle.insurer == "PICC", orders)
    assert caught.value.field == "work_order.vehicle.insurer"
    found = evaluate(F.work_order.vehicle.insurer == "PICC", orders, lookup=seed_snapshot())
    assert [w.number for w in found] == ["WO1"]


# -- relative windows ---------------------------------------------------------------------


def test_within_last_needs_as_of() -> None:
    window = within_last(F.work_order.opened_at, months=8)
    assert needs_as_of(window)
    assert needs_as_of(~window & (F.work_order.vin == PASSAT))
    with pytest.raises(MissingAsOf) as caught:
        evaluate(window, [visit("WO1", at(2025, 10, 9))])
    assert caught.value.field == "work_order.opened_at"
    assert "as_of" in str(caught.value)


def test_window_bounds_for_a_date_as_of_include_the_as_of_day() -> None:
    window = within_last(F.work_order.opened_at, months=8)
    low, high = window_bounds(window, as_of=date(2026, 3, 1))
    assert (low, high) == (at(2025, 7, 2, 0), at(2026, 3, 2, 0))
    orders = [
        visit("before", at(2025, 7, 1, 23)),
        visit("first", at(2025, 7, 2, 0)),
        visit("as_of_day", at(2026, 3, 1, 18)),
        visit("after", at(2026, 3, 2, 0)),
    ]
    found = evaluate(window, orders, as_of=date(2026, 3, 1))
    assert [w.number for w in found] == ["first", "as_of_day"]


def test_window_with_a_datetime_as_of_is_half_open_at_that_instant() -> None:
    window = within_last(F.work_order.opened_at, days=1)
    orders = [visit("a", at(2026, 3, 1, 9)), visit("b", at(2026, 3, 1, 10))]
    found = evaluate(window, orders, as_of=at(2026, 3, 1, 10))
    assert [w.number for w in found] == ["a"]


def test_windows_on_date_fields_and_into_the_future() -> None:
    cars = [
        car(PASSAT, insurance_renewal_on=date(2026, 3, 1)),
        car(ACCORD, insurance_renewal_on=date(2026, 3, 31)),
    ]
    soon = within_next(F.vehicle.insurance_renewal_on, days=30)
    assert window_bounds(soon, as_of=date(2026, 3, 1)) == (date(2026, 3, 1), date(2026, 3, 31))
    assert vins(soon, cars, as_of=date(2026, 3, 1)) == [PASSAT]
    bought = within_last(F.vehicle.purchased_on, years=1)
    assert vins(bought, CARS, as_of=date(2025, 3, 17)) == [PASSAT]
    assert vins(bought, CARS, as_of=date(2025, 3, 18)) == []


def test_bind_replaces_windows_with_two_comparisons() -> None:
    window = within_last(F.vehicle.purchased_on, days=7)
    bound = bind(~window | F.vehicle.plate.is_null(), as_of=date(2026, 3, 1))
    assert bound == Or(
        (
            Not(
                And(
                    (
                        Compare(">=", F.vehicle.purchased_on.field, date(2026, 2, 23)),
                        Compare("<", F.vehicle.purchased_on.field, date(2026, 3, 2)),
                    )
                )
            ),
            IsNull(F.vehicle.plate.field),
        )
    )
    assert not needs_as_of(bound)
    assert isinstance(window, RelativeWindow)


def test_node_classes_for_the_sql_engine() -> None:
    assert isinstance(F.vehicle.plate.in_(["京A12345"]), In)
    assert isinstance(F.vehicle.warranty_km.between(0, 1), Between)
    assert isinstance(F.vehicle.plate.contains("京"), Contains)
    assert SCHEMA["work_order"].fields["self_paid"].computed
    assert SCHEMA["work_order"].relations["customer"].via == "customer_number"


def test_matches_one_record() -> None:
    assert matches(F.vehicle.insurer == "PICC", CARS[0])
    assert not matches(F.vehicle.insurer == "PICC", CARS[1])


# -- aggregates ---------------------------------------------------------------------------


def billed(number: str, opened: datetime, self_paid: str, insured: str, vin: str) -> WorkOrder:
    lines = (
        WorkOrderLine("保养", self_paid),
        WorkOrderLine("钣喷", insured, payer=Payer.INSURANCE),
    )
    return visit(number, opened, vin=vin, lines=lines)


def test_aggregate_without_grouping_always_has_one_row() -> None:
    result = aggregate(
        "work_order", [], measures={"visits": count(), "paid": sum_money(F.work_order.total)}
    )
    assert result.to_rows() == [{"visits": 0, "paid": Decimal("0.00")}]
    assert result.values_for() == {"visits": 0, "paid": Decimal("0.00")}


def test_aggregate_group_by_month_and_field() -> None:
    orders = [
        billed("WO1", at(2025, 9, 30, 23), "100.00", "0", PASSAT),
        billed("WO2", at(2025, 10, 1, 1), "200.00", "1000.00", PASSAT),
        billed("WO3", at(2025, 10, 9), "0.10", "0.20", ACCORD),
    ]
    result = aggregate(
        WorkOrder,
        orders,
        group_by=[month(F.work_order.opened_at)],
        measures={
            "visits": count(),
            "cars": count_distinct(F.work_order.vin),
            "self_paid": sum_money(F.work_order.self_paid),
            "insurance_paid": sum_money(F.work_order.insurance_paid),
        },
    )
    assert result.group_by == ("opened_at.month",)
    assert result.to_rows() == [
        {
            "opened_at.month": "2025-09",
            "visits": 1,
            "cars": 1,
            "self_paid": Decimal("100.00"),
            "insurance_paid": Decimal("0.00"),
        },
        {
            "opened_at.month": "2025-10",
            "visits": 2,
            "cars": 2,
            "self_paid": Decimal("200.10"),
            "insurance_paid": Decimal("1000.20"),
        },
    ]
    assert result.values_for("2025-11")["visits"] == 0
    assert result.values_for("2025-11")["self_paid"] == Decimal("0.00")


def test_aggregate_over_a_snapshot_groups_by_a_related_field_none_last() -> None:
    result = aggregate(
        "work_order",
        seed_snapshot(),
        group_by=[F.work_order.vehicle.insurer, year(F.work_order.opened_at)],
    )
    assert result.to_rows() == [
        {"vehicle.insurer": "PICC", "opened_at.year": "2025", "count": 1},
        {"vehicle.insurer": "平安产险", "opened_at.year": "2025", "count": 1},
        {"vehicle.insurer": None, "opened_at.year": "2025", "count": 1},
    ]


def test_aggregate_refuses_mixed_entities_and_bad_measures() -> None:
    with pytest.raises(TypeMismatch, match=r"vehicle\.insurer: belongs to vehicle"):
        aggregate("work_order", [], where=F.vehicle.insurer == "PICC")
    with pytest.raises(TypeMismatch, match="sum_money needs a money field"):
        sum_money(F.work_order.mileage_km)
    with pytest.raises(TypeMismatch, match="cannot group by a set field"):
        aggregate("work_order", [], group_by=[F.work_order.service_types])
    with pytest.raises(TypeMismatch, match="a period needs a date"):
        month(F.work_order.vin)


def test_aggregate_with_a_relative_window_needs_as_of() -> None:
    where = within_last(F.work_order.opened_at, months=8)
    with pytest.raises(MissingAsOf):
        aggregate("work_order", [], where=where)
    result = aggregate(
        "work_order", [visit("WO1", at(2025, 10, 9))], where=where, as_of=date(2026, 3, 1)
    )
    assert result.values_for()["count"] == 1
    assert result.as_of == date(2026, 3, 1)


def test_double_negation() -> None:
    node = ~~F.vehicle.insurer.is_null()
    assert node == Not(Not(IsNull(F.vehicle.insurer.field)))
    assert vins(node) == ["WVWZZZ1JZ3W386752"]
