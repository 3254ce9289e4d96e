"""Arguments at the edge: days near the ends of the calendar and junk of the wrong kind.

Each case once escaped as a Python error (OverflowError, TypeError, InvalidOperation...);
now it is an autocrm error naming the argument, or a well-defined answer.
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from autocrm.adapters.sqlalchemy import SqlArchive
from autocrm.adapters.sqlalchemy.rules import churn as sql_churn
from autocrm.domain import Customer, Snapshot, Vehicle
from autocrm.errors import InvalidComponent, InvalidFormat, PolicyError, ValidationError
from autocrm.rules.churn import ChurnPolicy
from autocrm.rules.churn_segments import ChurnSegment, churn_segment, is_lost
from autocrm.rules.churn_warning import early_warning
from autocrm.rules.lost import lost_customers, lost_customers_report
from autocrm.rules.loyalty import LoyaltyPolicy, classify_loyalty
from autocrm.rules.risk import churn_risk

VIN = "LFV2A21K3D3109826"
WANG = Customer(number="C000001", name="王建国", mobile="13800138000")
CAR = Vehicle(VIN, "C000001", purchased_on=date(2024, 3, 18), is_new_car_sale=True)
SHOP = Snapshot(customers=[WANG], vehicles=[CAR])


# --- as_of near the ends of the calendar ----------------------------------------------------


def test_check_reach_refuses_a_window_that_leaves_the_calendar_naming_the_field() -> None:
    from autocrm.domain.time import CALENDAR_DAYS, check_reach

    assert check_reach(date(2026, 3, 2), days_back=365, months_back=7) == date(2026, 3, 2)
    assert check_reach(date(1, 1, 1)) == date(1, 1, 1)
    assert check_reach(date.max, days_back=CALENDAR_DAYS) == date.max
    for day, spans in [
        (date(1, 12, 31), {"days_back": 365}),
        (date(1, 7, 1), {"months_back": 7}),
        (date(9999, 12, 1), {"days_ahead": 31}),
    ]:
        with pytest.raises(InvalidComponent, match="too close") as caught:
            check_reach(day, field="day", **spans)
        assert caught.value.field == "day"
    with pytest.raises(InvalidFormat, match="days_back"):
        check_reach(date(2026, 3, 2), days_back=10**5000)
    with pytest.raises(InvalidFormat, match="as_of"):
        check_reach("2026-03-02")


@pytest.mark.parametrize("as_of", [date.min, date(2, 6, 1), date(9999, 12, 1), date.max])
def test_churn_rules_refuse_a_day_whose_windows_leave_the_calendar(as_of: date) -> None:
    calls = [
        lambda: churn_segment(WANG, [CAR], as_of=as_of),
        lambda: lost_customers(SHOP, as_of=as_of),
        lambda: lost_customers_report(SHOP, as_of=as_of),
        lambda: early_warning(SHOP, as_of=as_of),
        lambda: churn_risk(WANG, [CAR], as_of=as_of),
        lambda: classify_loyalty(WANG, [CAR], [], as_of=as_of),
    ]
    for call in calls:
        with pytest.raises(ValidationError, match=r"as_of: .* too close") as caught:
            call()
        assert caught.value.field == "as_of"
    assert is_lost(WANG, [CAR], as_of=as_of) is False


def test_the_bound_follows_the_policy() -> None:
    as_of = date(3, 6, 1)  # 882 days after the first date
    assert churn_segment(WANG, [CAR], as_of=as_of).segment is ChurnSegment.NO_VISIT
    with pytest.raises(InvalidComponent, match="as_of"):
        churn_segment(WANG, [CAR], as_of=as_of, policy=ChurnPolicy(defected_after_days=900))


def test_sql_churn_twins_refuse_the_same_days_and_junk_arguments_by_name() -> None:
    archive = SqlArchive.from_url("sqlite://")
    for call in (sql_churn.lost_customers, sql_churn.lost_customers_report):
        with pytest.raises(InvalidComponent, match="as_of"):
            call(archive, as_of=date.min)
        with pytest.raises(ValidationError, match="policy"):
            call(archive, as_of=date(2026, 3, 2), policy=None)  # type: ignore[arg-type]
        with pytest.raises(InvalidFormat, match="segments"):
            call(archive, as_of=date(2026, 3, 2), segments=" ")  # type: ignore[arg-type]
        with pytest.raises(InvalidComponent, match=r"segments\[0\]"):
            call(archive, as_of=date(2026, 3, 2), segments=["lost"])
    with pytest.raises(InvalidComponent, match="as_of"):
        sql_churn.early_warning(archive, as_of=date.min)
    with pytest.raises(ValidationError, match="policy"):
        sql_churn.early_warning(archive, as_of=date(2026, 3, 2), policy=None)  # type: ignore[arg-type]


def test_segments_are_members_values_or_labels() -> None:
    assert ChurnSegment.selected(["defected", "近期流失客户", ChurnSegment.ACTIVE]) == {
        ChurnSegment.DEFECTED,
        ChurnSegment.RECENTLY_LOST,
        ChurnSegment.ACTIVE,
    }
    report = lost_customers_report(SHOP, as_of=date(2026, 3, 2), segments=["first_service_lost"])
    assert [e.customer_number for e in report.entries] == ["C000001"]
    with pytest.raises(InvalidFormat, match="segments"):
        lost_customers(SHOP, as_of=date(2026, 3, 2), segments=10**5000)  # type: ignore[arg-type]


def test_is_lost_answers_false_for_a_policy_that_is_no_policy() -> None:
    assert is_lost(WANG, [CAR], as_of=date(2026, 3, 2), policy=None) is False  # type: ignore[arg-type]
    assert is_lost(WANG, [CAR], as_of=date(2026, 3, 2)) is True


# --- policies -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "key", ["lost_after_days", "warning_active_months", "risk_medium_from", "risk_high_from"]
)
def test_churn_policy_refuses_a_number_beyond_its_range_naming_the_key(key: str) -> None:
    with pytest.raises(PolicyError) as caught:
        ChurnPolicy(**{key: 10**5000})
    assert caught.value.field == key


@pytest.mark.parametrize("share", [Decimal("NaN"), Decimal("sNaN"), Decimal("Infinity"), "0.5"])
def test_loyalty_policy_refuses_a_share_that_is_no_finite_decimal(share: object) -> None:
    with pytest.raises(PolicyError) as caught:
        LoyaltyPolicy(regular_min_share=share)  # type: ignore[arg-type]
    assert caught.value.field == "regular_min_share"
    assert LoyaltyPolicy(regular_min_share=Decimal("0.6")).regular_min_share == Decimal("0.6")


def test_a_far_but_reachable_day_is_still_answered() -> None:
    late = date.max - timedelta(days=400)
    assert churn_segment(WANG, [CAR], as_of=late).segment is ChurnSegment.FIRST_SERVICE_LOST


# --- statistics -----------------------------------------------------------------------------


def test_rates_refuse_counts_of_any_size_by_name() -> None:
    from autocrm.stats.rates import Rate, per_thousand, wilson_interval

    huge = 10**5000
    with pytest.raises(InvalidComponent, match="numerator: <int of") as caught:
        Rate(huge, 3)
    assert caught.value.field == "numerator"
    for call, field in [
        (lambda: Rate(3, -huge), "denominator"),
        (lambda: per_thousand(-huge, 1000), "count"),
        (lambda: per_thousand(3, -huge), "base"),
        (lambda: wilson_interval(huge, 3), "successes"),
        (lambda: wilson_interval(3, 10, confidence=huge), "confidence"),  # type: ignore[arg-type]
        (lambda: Rate(3, 10, confidence=huge), "confidence"),  # type: ignore[arg-type]
    ]:
        with pytest.raises(ValidationError) as caught:
            call()
        assert caught.value.field == field


def test_a_count_beyond_a_float_gives_the_share_as_its_interval() -> None:
    from autocrm.stats.rates import per_thousand, wilson_interval

    assert wilson_interval(10**5000 // 2, 10**5000) == (0.5, 0.5)
    assert wilson_interval(0, 10**5000) == (0.0, 0.0)
    assert per_thousand(3, 10**5000) == Decimal("0.0")


@pytest.mark.parametrize(
    "key",
    [
        "confidence",
        "on_time_closure_target",
        "per_thousand_target",
        "renewal_floor",
        "complete_archive_min_score",
        "rating_scale",
    ],
)
@pytest.mark.parametrize(
    "junk", [10**5000, float("inf"), Decimal("sNaN")], ids=["huge", "inf", "snan"]
)
def test_stats_policy_refuses_huge_or_non_finite_numbers_naming_the_key(
    key: str, junk: object
) -> None:
    from autocrm.stats.policy import StatsPolicy

    with pytest.raises(PolicyError) as caught:
        StatsPolicy(**{key: junk})
    assert caught.value.field == key


def test_renewals_of_the_last_months_of_the_calendar() -> None:
    from autocrm.stats.policy import StatsPolicy
    from autocrm.stats.renewals import renewals_from

    late = Vehicle(VIN, "C000001", insurance_renewal_on=date(9999, 12, 31))
    shop = Snapshot(vehicles=[late])
    with pytest.raises(InvalidComponent, match="month: 9999-12-31 is too close") as caught:
        renewals_from(shop, month=date.max)
    assert caught.value.field == "month"
    with pytest.raises(InvalidComponent, match="month"):
        renewals_from(shop, month=date.min)
    quiet = StatsPolicy(renewal_window_days_after=0)
    [record] = renewals_from(shop, month=date(9999, 12, 1), policy=quiet)
    assert record.expires_on == date.max


def test_complaints_per_thousand_and_satisfaction_name_their_arguments() -> None:
    from autocrm.stats.complaints.counts import complaints_per_thousand
    from autocrm.stats.satisfaction.by_period import satisfaction_by_period

    with pytest.raises(InvalidComponent, match=r"car_parc: .* negative") as caught:
        complaints_per_thousand([], car_parc=-(10**5000))
    assert caught.value.field == "car_parc"
    for junk in (None, 5, [None]):
        with pytest.raises(InvalidFormat, match="work_orders") as caught:
            satisfaction_by_period([], period=None, work_orders=junk)  # type: ignore[arg-type]
        assert caught.value.field == "work_orders"


# --- rules: policies and collections --------------------------------------------------------


def test_a_booking_request_names_a_kind_or_service_type_it_cannot_read() -> None:
    from datetime import datetime

    from autocrm.domain import CHINA_TZ
    from autocrm.errors import UnsupportedType
    from autocrm.rules.appointments import BookingRequest

    slot = datetime(2026, 11, 25, 9, tzinfo=CHINA_TZ)
    base = {"number": "YY20261125001", "customer_number": "C000001", "slot": slot}
    request = BookingRequest(**base, kind="主动预约", service_types=["保养", "maintenance"])
    assert request.kind.value == "proactive"
    assert [t.value for t in request.service_types] == ["maintenance"]
    with pytest.raises(UnsupportedType, match="kind: expected an AppointmentKind") as caught:
        BookingRequest(**base, kind=10**5000)
    assert caught.value.field == "kind"
    with pytest.raises(InvalidComponent) as caught:
        BookingRequest(**base, kind="walk-in")
    assert caught.value.field == "kind"
    with pytest.raises(InvalidFormat) as caught:
        BookingRequest(**base, kind="主动预约", service_types=None)
    assert caught.value.field == "service_types"
    with pytest.raises(UnsupportedType) as caught:
        BookingRequest(**base, kind="主动预约", service_types=["保养", 3])
    assert caught.value.field == "service_types[1]"


def test_contact_history_and_pressure_name_their_arguments() -> None:
    from autocrm.errors import UnsupportedType
    from autocrm.rules.contact import ContactHistory, contact_pressure

    with pytest.raises(InvalidFormat) as caught:
        ContactHistory.of([], appointments=None)  # type: ignore[arg-type]
    assert caught.value.field == "appointments"
    with pytest.raises(UnsupportedType) as caught:
        ContactHistory.of([], customers=[WANG, "C000002"])  # type: ignore[list-item]
    assert caught.value.field == "customers[1]"
    assert ContactHistory.of([], customers=[WANG]).customer("C000001") == WANG
    for junk, error in [(None, UnsupportedType), (True, UnsupportedType), (-1, InvalidComponent)]:
        with pytest.raises(error) as caught:
            contact_pressure(
                "C000001", [WANG], as_of=date(2026, 3, 2), cooldown_days=junk, purpose="营销"
            )
        assert caught.value.field == "cooldown_days"
    with pytest.raises(InvalidComponent, match="cooldown_days"):
        contact_pressure(
            "C000001", [WANG], as_of=date(2026, 3, 2), cooldown_days=10**5000, purpose="营销"
        )


def test_the_desk_day_names_bad_agents_and_campaigns() -> None:
    from autocrm.errors import UnsupportedType
    from autocrm.rules.desk import daily_worklist

    with pytest.raises(InvalidFormat) as caught:
        daily_worklist(SHOP, as_of=date(2026, 3, 2), campaigns=None)  # type: ignore[arg-type]
    assert caught.value.field == "campaigns"
    with pytest.raises(UnsupportedType) as caught:
        daily_worklist(SHOP, as_of=date(2026, 3, 2), campaigns=["春季保养"])  # type: ignore[list-item]
    assert caught.value.field == "campaigns[0]"
    with pytest.raises(InvalidComponent, match="agents: expected agent names") as caught:
        daily_worklist(SHOP, as_of=date(2026, 3, 2), agents=10**5000)  # type: ignore[arg-type]
    assert caught.value.field == "agents"


@pytest.mark.parametrize(
    ("key", "junk"),
    [
        ("scale", None),
        ("scale", 10**5000),
        ("scale", [10**5000]),
        ("win_back_segments", None),
        ("win_back_segments", [3]),
        ("assign_by", 10**5000),
        ("assign_by", Decimal("sNaN")),
    ],
    ids=[
        "scale-none",
        "scale-huge",
        "scale-item",
        "segments-none",
        "segments-item",
        "assign-huge",
        "assign-snan",
    ],
)
def test_worklist_policy_refuses_junk_naming_the_key(key: str, junk: object) -> None:
    from autocrm.rules.worklist_policy import WorklistPolicy

    with pytest.raises(PolicyError) as caught:
        WorklistPolicy(**{key: junk})
    assert caught.value.field == key


def test_fleet_policy_and_classes_name_their_arguments() -> None:
    from autocrm.domain import FleetAccount
    from autocrm.errors import UnsupportedType
    from autocrm.rules.fleet import FleetPolicy, assign_fleet_classes

    with pytest.raises(InvalidComponent, match="b_min_vehicles: <int of") as caught:
        FleetPolicy(b_min_vehicles=10**5000)
    assert caught.value.field == "b_min_vehicles"
    account = FleetAccount("F2", customer_number="C2", name="某物流公司", vehicles=12)
    with pytest.raises(UnsupportedType) as caught:
        assign_fleet_classes([account, 1])  # type: ignore[list-item]
    assert caught.value.field == "accounts[1]"


def test_membership_policy_and_spend_name_their_arguments() -> None:
    from autocrm.domain import Payer
    from autocrm.errors import UnsupportedType
    from autocrm.rules.membership import MembershipPolicy, cumulative_spend

    for junk in (None, "银卡", 5):
        with pytest.raises(InvalidFormat) as caught:
            MembershipPolicy(tiers=junk)  # type: ignore[arg-type]
        assert caught.value.field == "tiers"
    with pytest.raises(InvalidFormat) as caught:
        cumulative_spend([], payers=10**5000)  # type: ignore[arg-type]
    assert caught.value.field == "payers"
    with pytest.raises(UnsupportedType) as caught:
        cumulative_spend([], payers=[Payer.SELF, [1]])  # type: ignore[list-item]
    assert caught.value.field == "payers[1]"
    assert cumulative_spend([], payers=["self"]) == Decimal("0.00")


# --- table import and retry -----------------------------------------------------------------


READINGS = {"readings": {"files": ["km*.csv"], "columns": {"vin": "v", "on": "d", "km": "k"}}}


def test_table_import_names_junk_paths_mappings_archives_and_progress(tmp_path: Path) -> None:
    from datetime import datetime

    from autocrm.adapters.memory import MemoryArchive
    from autocrm.adapters.tables import import_tables, mapping_from_dict, plan_import
    from autocrm.adapters.tables.mapping import MappingError
    from autocrm.domain import CHINA_TZ
    from autocrm.errors import UnsupportedType

    km = tmp_path / "km2026.csv"
    km.write_text(f"v,d,k\n{VIN},2026-11-20,13000\n", encoding="utf-8")
    mapping = mapping_from_dict(READINGS)
    at = datetime(2026, 11, 24, 9, 30, tzinfo=CHINA_TZ)
    for paths, error, field in [
        (None, InvalidFormat, "paths"),
        (str(km), InvalidFormat, "paths"),
        ([km, None], MappingError, "paths[1]"),
        ([f"{km}\x00"], MappingError, "paths[0]"),
    ]:
        with pytest.raises(error) as caught:
            plan_import(paths, mapping)  # type: ignore[arg-type]
        assert caught.value.field == field
    with pytest.raises(UnsupportedType) as caught:
        plan_import([km], None)  # type: ignore[arg-type]
    assert caught.value.field == "mapping"
    for archive, progress, field in [(None, None, "archive"), (MemoryArchive(), "", "progress")]:
        with pytest.raises(UnsupportedType) as caught:
            import_tables([km], mapping, archive, at=at, progress=progress)  # type: ignore[arg-type]
        assert caught.value.field == field
    seen: list[int] = []
    result = import_tables([km], mapping, MemoryArchive(), at=at, progress=seen.append)
    assert (result.rows, seen) == (1, [1])


@pytest.mark.parametrize("field", ["columns", "values", "fallbacks", "payer_amounts"])
def test_a_table_mapping_names_a_part_that_is_no_mapping(field: str) -> None:
    from autocrm.adapters.tables.mapping import ImportMapping, MappingError, TableMapping

    parts: dict[str, object] = {"files": ("km*.csv",), "columns": {"vin": "v"}}
    with pytest.raises(MappingError) as caught:
        TableMapping("readings", **{**parts, field: None})  # type: ignore[arg-type]
    assert caught.value.field == field
    with pytest.raises(MappingError) as caught:
        ImportMapping(tables=[1])  # type: ignore[arg-type]
    assert caught.value.field == "tables"


def test_table_readers_name_junk_paths_and_unknown_encodings(tmp_path: Path) -> None:
    from autocrm.adapters.tables.mapping import MappingError, load_mapping
    from autocrm.adapters.tables.readers import detect_encoding, open_table

    km = tmp_path / "km.csv"
    km.write_text(f"v,d,k\n{VIN},2026-11-20,13000\n", encoding="utf-8")
    for call in (load_mapping, detect_encoding, open_table):
        with pytest.raises(MappingError) as caught:
            call(None)  # type: ignore[operator]
        assert caught.value.field == "path"
    for encoding in (" ", "klingon", 5):
        with pytest.raises(MappingError, match="is not a text encoding") as caught:
            open_table(km, encoding=encoding)  # type: ignore[arg-type]
        assert caught.value.field == "encoding"
    assert open_table(km, encoding="gb18030").columns == ("v", "d", "k")
    mapping = tmp_path / "dms.toml"
    mapping.write_bytes('[readings]\nfiles = ["京.csv"]\n'.encode("gbk"))
    with pytest.raises(MappingError, match="UTF-8") as caught:
        load_mapping(mapping)
    assert caught.value.field == "path"


def test_retry_refuses_work_that_cannot_be_called_by_name() -> None:
    from autocrm.adapters.memory import MemoryArchive
    from autocrm.errors import UnsupportedType
    from autocrm.retry import retry_unit_of_work

    with pytest.raises(UnsupportedType) as caught:
        retry_unit_of_work(MemoryArchive(), "rename")  # type: ignore[arg-type]
    assert caught.value.field == "work"
