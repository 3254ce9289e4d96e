"""Money: Decimal to the fen, ROUND_HALF_UP, floats refused."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from autocrm.domain.money import is_money, money_sum, to_money
from autocrm.errors import InvalidFormat, ValidationError


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("0.005", "0.01"),
        ("0.004", "0.00"),
        ("-0.005", "-0.01"),
        ("199.995", "200.00"),
        (Decimal("12.345"), "12.35"),
        (1980, "1980.00"),
        (" 88.8 ", "88.80"),
    ],
)
def test_to_money_rounds_half_up_to_the_fen(raw: object, expected: str) -> None:
    assert to_money(raw) == Decimal(expected)
    assert str(to_money(raw)) == expected


@pytest.mark.parametrize(
    "raw",
    [
        0.1,
        1.0,
        True,
        None,
        "abc",
        "1,280.50",
        Decimal("NaN"),
        Decimal("Infinity"),
        "inf",
        [1],
        Decimal("1e40"),
    ],
)
def test_to_money_refuses_floats_and_non_numbers(raw: object) -> None:
    with pytest.raises(InvalidFormat) as caught:
        to_money(raw, field="premium")
    assert caught.value.field == "premium"
    assert "premium" in str(caught.value)


def test_float_error_suggests_a_decimal_string() -> None:
    with pytest.raises(ValidationError, match=r"decimal string such as '0\.1'"):
        to_money(0.1)


def test_money_sum_is_exact() -> None:
    assert money_sum([Decimal("0.10")] * 3) == Decimal("0.30")
    assert is_money(money_sum([]))


@given(st.decimals(allow_nan=False, allow_infinity=False, min_value=-(10**9), max_value=10**9))
def test_to_money_is_idempotent_and_within_half_a_fen(value: Decimal) -> None:
    money = to_money(value)
    assert is_money(money)
    assert to_money(money) == money
    assert abs(money - value) <= Decimal("0.005")


def test_money_ignores_the_callers_decimal_context() -> None:
    from decimal import ROUND_DOWN, localcontext

    from autocrm.domain import MembershipTier
    from autocrm.rules.membership import apply_discount

    silver = MembershipTier("silver", "银卡", discount="0.10")
    with localcontext() as ctx:
        ctx.prec = 5
        ctx.rounding = ROUND_DOWN
        assert to_money("123456.785") == Decimal("123456.79")
        assert money_sum([Decimal("99999.99"), Decimal("0.01")]) == Decimal("100000.00")
        result = apply_discount("123456.78", silver)
    assert (result.gross, result.discount, result.net) == (
        Decimal("123456.78"),
        Decimal("12345.68"),
        Decimal("111111.10"),
    )
