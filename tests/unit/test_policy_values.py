"""Every policy refuses a bad number with a PolicyError naming the key."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import attrs
import pytest

from autocrm.errors import InvalidComponent, PolicyError
from autocrm.policies import Policies


def _number_fields() -> list[tuple[type, str]]:
    found = []
    for part in attrs.fields(Policies):
        policy = part.default.factory()  # type: ignore[union-attr]
        for field in attrs.fields(type(policy)):
            value = getattr(policy, field.name)
            if isinstance(value, int | Decimal) and not isinstance(value, bool):
                found.append((type(policy), field.name))
    return found


NUMBER_FIELDS = _number_fields()


def test_the_number_fields_are_found() -> None:
    # Guards the parametrised test below against passing on an empty list.
    names = {(kind.__name__, name) for kind, name in NUMBER_FIELDS}
    assert {("ChurnPolicy", "lost_after_days"), ("ArchivePolicy", "review_every_months")} <= names
    assert len(NUMBER_FIELDS) > 30


@pytest.mark.parametrize("bad", ["7", True, None, 7.5])
@pytest.mark.parametrize(
    ("kind", "name"), NUMBER_FIELDS, ids=[f"{k.__name__}.{n}" for k, n in NUMBER_FIELDS]
)
def test_a_policy_refuses_a_bad_number_naming_the_key(kind: type, name: str, bad: Any) -> None:
    with pytest.raises(PolicyError) as caught:
        kind(**{name: bad})
    assert caught.value.field == name
    assert name in str(caught.value)


def test_a_policy_value_error_is_still_an_invalid_component() -> None:
    # Policy values were refused with InvalidComponent before: old ``except`` clauses hold.
    from autocrm.rules.churn import ChurnPolicy

    with pytest.raises(InvalidComponent):
        ChurnPolicy(warning_months=0)


def test_the_complaint_and_fleet_policies_are_among_the_checked() -> None:
    # They raised a plain InvalidComponent before; they are checked like every policy now.
    kinds = {kind.__name__ for kind, _ in NUMBER_FIELDS}
    assert {"ComplaintPolicy", "FleetPolicy"} <= kinds


def test_a_fleet_threshold_above_the_large_one_is_a_policy_error_naming_the_key() -> None:
    from autocrm.rules.fleet import FleetPolicy

    with pytest.raises(PolicyError) as caught:
        FleetPolicy(a_min_vehicles=10, b_min_vehicles=20)
    assert isinstance(caught.value, InvalidComponent)
    assert caught.value.field == "b_min_vehicles"
    assert caught.value.value == 20
