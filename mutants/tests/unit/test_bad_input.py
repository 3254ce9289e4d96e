"""Only autocrm errors come out of a public entry point, whatever it is given.

Each case here escaped as a TypeError, ValueError, AttributeError, RecursionError,
UnicodeDecodeError or OverflowError before; the robustness suite (tests/robustness)
fuzzes every entry point, these name the cases found by hand.
"""

from __future__ import annotations

import json
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Any

import pytest

from autocrm.adapters.json import import_jsonl, loads
from autocrm.domain import (
    Complaint,
    Contact,
    Customer,
    FleetAccount,
    FollowUp,
    Snapshot,
    Vehicle,
    WorkOrder,
    to_money,
)
from autocrm.domain.identifiers import phone, ric, vin
from autocrm.domain.time import CHINA_TZ
from autocrm.errors import AutocrmError, InvalidFormat, PolicyError, ValidationError, shown
from autocrm.policies import load_policies, policies_from_dict
from autocrm.rules.calendar import ChineseWorkdays

AT = datetime(2025, 10, 9, 10, 0, tzinfo=CHINA_TZ)
VIN = "LFV2A21K3D3109826"
HEADER = '{"customer_sequence": 0, "format": "autocrm-archive", "version": 1}'


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"tags": 1}, "tags"),
        ({"tags": None}, "tags"),
        ({"tags": [["vip"]]}, "tags"),
        ({"categories": "ab"}, "categories"),
        ({"categories": [("source", "referral")]}, "categories"),
        ({"categories": {"source": 1}}, "categories['source']"),
        ({"contacts": 5}, "contacts"),
        ({"contacts": "13800138000"}, "contacts"),
        ({"opt_outs": None}, "opt_outs"),
        ({"name": 10**5000}, "name"),
        ({"version": 10**5000}, "version"),
    ],
    ids=lambda v: shown(v, limit=30),
)
def test_customer_refuses_wrong_typed_fields_naming_them(
    kwargs: dict[str, Any], field: str
) -> None:
    with pytest.raises(ValidationError) as caught:
        Customer(**{"name": "张三", **kwargs})
    assert caught.value.field == field


def test_collections_of_other_records_refuse_non_collections() -> None:
    with pytest.raises(ValidationError) as caught:
        WorkOrder(number="WO1", customer_number="C1", vin=VIN, opened_at=AT, service_types=7)
    assert caught.value.field == "service_types"
    with pytest.raises(ValidationError) as caught:
        Complaint(number="T1", customer_number="C1", received_at=AT, departments="售后")
    assert caught.value.field == "departments"
    with pytest.raises(ValidationError) as caught:
        Snapshot(customers=None)
    assert caught.value.field == "customers"


@pytest.mark.parametrize(
    "value", [10**5000, -(10**40), 10**33], ids=["5000-digits", "-40-digits", "33-digits"]
)
def test_to_money_refuses_huge_integers(value: int) -> None:
    with pytest.raises(InvalidFormat) as caught:
        to_money(value, field="spend")
    assert caught.value.field == "spend"
    assert "too large" in str(caught.value)


def test_to_money_refuses_a_string_of_too_many_digits() -> None:
    with pytest.raises(InvalidFormat):
        to_money("9" * 5000)


@pytest.mark.parametrize("bad", [1, 0, "yes", None, "False"])
@pytest.mark.parametrize(
    ("make", "field"),
    [
        (lambda b: Customer(name="张三", anonymised=b), "anonymised"),
        (lambda b: Contact("other", "微信", primary=b), "primary"),
        (lambda b: Vehicle(VIN, "C1", is_new_car_sale=b), "is_new_car_sale"),
        (lambda b: Vehicle(VIN, "C1", vin_check_digit=b), "vin_check_digit"),
        (
            lambda b: FleetAccount(
                "F1", customer_number="C1", name="某", vehicles=1, influential=b
            ),
            "influential",
        ),
        (
            lambda b: FollowUp(
                number="F1",
                kind="3dc",
                customer_number="C1",
                earliest=date(2025, 1, 2),
                due=date(2025, 1, 2),
                latest=date(2025, 1, 2),
                estimated=b,
            ),
            "estimated",
        ),
    ],
    ids=["anonymised", "primary", "is_new_car_sale", "vin_check_digit", "influential", "estimated"],
)
def test_boolean_fields_take_only_true_or_false(make: Any, field: str, bad: object) -> None:
    with pytest.raises(InvalidFormat) as caught:
        make(bad)
    assert caught.value.field == field


@pytest.mark.parametrize(
    "as_of", [datetime(2026, 3, 1, tzinfo=timezone.utc), "2026-03-01", 20260301, AT]
)
def test_ric_is_valid_never_raises_on_a_wrong_as_of(as_of: object) -> None:
    assert ric.is_valid("11010519491231002X", as_of=as_of) is False  # type: ignore[arg-type]
    with pytest.raises(InvalidFormat) as caught:
        ric.validate("11010519491231002X", as_of=as_of)  # type: ignore[arg-type]
    assert caught.value.field == "as_of"


@pytest.mark.parametrize("regions", [None, "CN", 5, [], [None], [1]])
def test_phone_is_valid_never_raises_on_wrong_regions(regions: object) -> None:
    assert phone.is_valid("13800138000", regions=regions) is False  # type: ignore[arg-type]
    assert phone.is_mobile("13800138000", regions=regions) is False  # type: ignore[arg-type]
    with pytest.raises(InvalidFormat) as caught:
        phone.validate("13800138000", regions=regions)  # type: ignore[arg-type]
    assert caught.value.field == "regions"


def test_vin_is_valid_never_raises_on_a_wrong_check_digit_flag() -> None:
    assert vin.is_valid(VIN, check_digit=None) is False  # type: ignore[arg-type]
    assert vin.is_valid(VIN, check_digit=True) is True


@pytest.mark.parametrize(
    "lines",
    [
        ["[]"],
        ["null"],
        ['"autocrm-archive"'],
        [HEADER, "[]"],
        [HEADER, '{"type": []}'],
        [HEADER, '{"type": "customer", "data": []}'],
        [HEADER, '{"type": "customer", "data": 5}'],
        ['{"customer_sequence": "x", "format": "autocrm-archive"}'],
        ['{"customer_sequence": [], "format": "autocrm-archive"}'],
        ['{"customer_sequence": 1e400, "format": "autocrm-archive"}'],
        [HEADER, "[" * 100_000 + "]" * 100_000],
        [None],
        [b"\xff\xfe"],
        5,
        None,
    ],
    ids=lambda v: shown(v, limit=40),
)
def test_import_jsonl_refuses_malformed_backups_with_an_autocrm_error(lines: Any) -> None:
    with pytest.raises(ValidationError):
        import_jsonl(lines)


@pytest.mark.parametrize(
    "text",
    ["[]", "5", "null", '"x"', "[" * 100_000, b"\xff", b"\xff\xfe\x00", '{"name": "x", "tags": 5}'],
    ids=lambda v: shown(v, limit=20),
)
def test_loads_refuses_malformed_json_with_an_autocrm_error(text: str | bytes) -> None:
    with pytest.raises(ValidationError):
        loads(text, Customer)


def test_loads_still_names_the_refused_field() -> None:
    with pytest.raises(ValidationError) as caught:
        loads(json.dumps({"name": "王" * 201}), Customer)
    assert caught.value.field == "name"


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("shop.json", "[" * 100_000),
        ("shop.json", b"\xff\xfe{}"),
        ("shop.toml", b"\xff"),
        ("shop.toml", "x = " + "[" * 5_000 + "]" * 5_000),
        ("shop.json", '{"churn": {"lost_after_days": 1e400}}'),
        ("shop.json", '{"churn": {"lost_after_days": ' + "9" * 400 + "}}"),
        ("shop.json", "[]"),
    ],
    ids=["deep-json", "utf16-json", "latin-toml", "deep-toml", "inf", "huge-int", "list"],
)
def test_load_policies_refuses_malformed_files_with_a_policy_error(
    tmp_path: Path, name: str, content: str | bytes
) -> None:
    path = tmp_path / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    with pytest.raises(PolicyError):
        load_policies(path)


@pytest.mark.parametrize("path", [None, 5, ["shop.toml"]])
def test_load_policies_refuses_a_path_that_is_not_one(path: object) -> None:
    with pytest.raises(PolicyError) as caught:
        load_policies(path)  # type: ignore[arg-type]
    assert caught.value.field == "path"


def test_policies_from_dict_refuses_a_huge_number() -> None:
    with pytest.raises(PolicyError) as caught:
        policies_from_dict({"churn": {"lost_after_days": 10**30}})
    assert caught.value.field.startswith("churn")


@pytest.mark.parametrize("text", [None, 5, b"[2026]", "x = " + "[" * 5_000 + "]" * 5_000])
def test_calendar_toml_refuses_junk_with_an_autocrm_error(text: object) -> None:
    with pytest.raises(AutocrmError):
        ChineseWorkdays.from_toml_text(text)  # type: ignore[arg-type]
