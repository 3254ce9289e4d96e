"""Policies: seed defaults, loading from TOML/JSON, errors naming the key path."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest

from autocrm import Policies, load_policies
from autocrm.errors import PolicyError
from autocrm.policies import policies_from_dict, policies_to_dict


def test_defaults_are_the_seed_numbers() -> None:
    p = Policies()
    assert p.followups.minor_repair_days == (3, 5)
    assert p.followups.max_attempts == 3
    assert p.appointments.min_lead_hours == 24
    assert p.appointments.grace_minutes == 15
    assert p.churn.lost_after_days == 365
    assert (
        p.complaints.level_i_workdays,
        p.complaints.level_ii_workdays,
        p.complaints.level_iii_workdays,
    ) == (1, 3, 7)
    assert [t.discount for t in p.membership.tiers] == [Decimal("0.10"), Decimal("0.05")]
    assert p.stats.on_time_closure_target == 0.95


def test_round_trip_through_plain_data() -> None:
    assert policies_from_dict(policies_to_dict(Policies())) == Policies()


def test_load_toml(tmp_path: Path) -> None:
    path = tmp_path / "shop.toml"
    path.write_text(
        "[followups]\nmax_attempts = 4\nminor_repair_days = [2, 6]\n"
        "[[membership.tiers]]\ncode = 'gold'\nname = '金卡'\ndiscount = '0.15'\n"
        "min_loyalty = 'loyal'\nmin_spend = '50000'\nrank = 3\n",
        encoding="utf-8",
    )
    p = load_policies(path)
    assert p.followups.max_attempts == 4
    assert p.followups.minor_repair_days == (2, 6)
    assert p.membership.tiers[0].name == "金卡"
    assert p.membership.tiers[0].min_spend == Decimal("50000.00")
    assert p.churn == Policies().churn


def test_load_json(tmp_path: Path) -> None:
    path = tmp_path / "shop.json"
    path.write_text(json.dumps({"complaints": {"level_iii_workdays": 5}}), encoding="utf-8")
    assert load_policies(path).complaints.level_iii_workdays == 5


@pytest.mark.parametrize(
    ("data", "path", "fragment"),
    [
        ({"followups": {"max_atempts": 4}}, "followups.max_atempts", "unknown key"),
        ({"folowups": {}}, "folowups", "unknown key"),
        ({"appointments": {"grace_minutes": "15"}}, "appointments.grace_minutes", "whole number"),
        ({"appointments": {"grace_minutes": 15.5}}, "appointments.grace_minutes", "whole number"),
        ({"archive": {"vin_check_digit": "yes"}}, "archive.vin_check_digit", "true or false"),
    ],
)
def test_errors_name_the_key_path(data: dict[str, object], path: str, fragment: str) -> None:
    with pytest.raises(PolicyError) as caught:
        policies_from_dict(data)
    assert caught.value.field == path
    assert str(caught.value).startswith(path + ":")
    assert fragment in str(caught.value)


def test_a_float_discount_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "shop.toml"
    path.write_text("[[membership.tiers]]\ncode='s'\nname='银卡'\ndiscount=0.1\n", encoding="utf-8")
    with pytest.raises(PolicyError, match=r"membership\.tiers"):
        load_policies(path)


def test_unknown_suffix_and_bad_toml_are_refused(tmp_path: Path) -> None:
    bad = tmp_path / "shop.yaml"
    bad.write_text("a: 1", encoding="utf-8")
    with pytest.raises(PolicyError, match=r"toml or \.json"):
        load_policies(bad)
    broken = tmp_path / "shop.toml"
    broken.write_text("[followups\n", encoding="utf-8")
    with pytest.raises(PolicyError, match="not valid TOML"):
        load_policies(broken)


@pytest.mark.parametrize(
    ("section", "key", "value"),
    [
        ("stats", "satisfied_min_rating", 99),
        ("stats", "confidence", 5),
        ("stats", "rating_scale", 7),
        ("stats", "on_time_closure_target", 1.5),
        ("stats", "nps_detractor_max", 9),
    ],
)
def test_stats_policy_values_out_of_range_are_refused_by_key_path(
    section: str, key: str, value: object
) -> None:
    with pytest.raises(PolicyError) as caught:
        policies_from_dict({section: {key: value}})
    assert caught.value.field == f"{section}.{key}"
