"""Every policy refuses a bad number with a PolicyError naming the key."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import attrs
import pytest

from autocrm.errors import InvalidComponent, PolicyError
from autocrm.policies import Policies

#: Policies of modules outside this change's area that still raise InvalidComponent;
#: this set must only shrink.
NOT_YET_POLICY_ERRORS = frozenset({"ComplaintPolicy", "FleetPolicy"})


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
    expected = InvalidComponent if kind.__name__ in NOT_YET_POLICY_ERRORS else PolicyError
    with pytest.raises(expected) as caught:
        kind(**{name: bad})
    assert caught.value.field == name
    assert name in str(caught.value)


def test_a_policy_value_error_is_still_an_invalid_component() -> None:
    # Policy values were refused with InvalidComponent before: old ``except`` clauses hold.
    from autocrm.rules.churn import ChurnPolicy

    with pytest.raises(InvalidComponent):
        ChurnPolicy(warning_months=0)


def test_the_not_yet_list_is_not_stale() -> None:
    names = {kind.__name__ for kind, _ in NUMBER_FIELDS}
    assert names >= NOT_YET_POLICY_ERRORS
