"""Rate, Wilson interval, half-up rounding, per-thousand and periods."""

from __future__ import annotations

from datetime import date, datetime, timezone
from decimal import Decimal
from fractions import Fraction

import pytest

from autocrm.errors import InvalidComponent, InvalidFormat, ValidationError
from autocrm.stats.rates import Period, Rate, per_thousand, round_half_up, wilson_interval


def test_wilson_interval_matches_published_value() -> None:
    # Newcombe (1998), example: 81 of 263 -> 0.2553 to 0.3662 (95 %).
    low, high = wilson_interval(81, 263)
    assert (round(low, 4), round(high, 4)) == (0.2553, 0.3662)


def test_wilson_interval_at_the_edges_stays_in_zero_one() -> None:
    assert wilson_interval(0, 10)[0] == 0.0
    assert wilson_interval(10, 10)[1] == 1.0
    low, _high = wilson_interval(10, 10)
    assert 0.69 < low < 0.73


def test_wilson_interval_widens_with_confidence() -> None:
    narrow = wilson_interval(5, 8, confidence=0.80)
    wide = wilson_interval(5, 8, confidence=0.99)
    assert wide[0] < narrow[0]
    assert wide[1] > narrow[1]


@pytest.mark.parametrize(
    ("successes", "trials", "confidence", "field"),
    [
        (1, 0, 0.95, "trials"),
        (3, 2, 0.95, "successes"),
        (-1, 2, 0.95, "successes"),
        (1, 2, 1.0, "confidence"),
        (1, 2, 0.0, "confidence"),
    ],
)
def test_wilson_interval_refuses_bad_input(
    successes: int, trials: int, confidence: float, field: str
) -> None:
    with pytest.raises(InvalidComponent) as info:
        wilson_interval(successes, trials, confidence=confidence)
    assert info.value.field == field


def test_zero_denominator_gives_none_never_zero() -> None:
    rate = Rate(0, 0)
    assert (rate.value, rate.low, rate.high, rate.exact, rate.percent()) == (
        None,
        None,
        None,
        None,
        None,
    )
    assert rate.format_percent() == "n/a"
    assert f"{rate}" == "n/a"
    assert rate.meets(0.95) is None


def test_rate_value_and_interval() -> None:
    rate = Rate(3823, 3990)
    assert rate.exact == Fraction(3823, 3990)
    assert rate.value == pytest.approx(0.95815, abs=1e-5)
    assert rate.low is not None
    assert rate.high is not None
    assert rate.value is not None
    assert rate.low < rate.value < rate.high
    # The closed-form Wilson score interval at 95 % (z = 1.959964).
    assert rate.low == pytest.approx(0.951478, abs=1e-6)
    assert rate.high == pytest.approx(0.963931, abs=1e-6)


def test_percent_rounds_half_up_not_to_even() -> None:
    assert Rate(5, 8).format_percent() == "63%"  # 62.5 %
    assert Rate(1, 8).format_percent(1) == "12.5%"
    assert Rate(1, 40).format_percent() == "3%"  # 2.5 %, banker's rounding would say 2 %
    assert f"{Rate(1, 40):.1%}" == "2.5%"


def test_format_spec_falls_back_to_the_float_value() -> None:
    assert f"{Rate(1, 3):.3f}" == "0.333"
    assert f"{Rate(0, 0):.3f}" == "n/a"


@pytest.mark.parametrize(
    ("numerator", "denominator", "field", "error"),
    [
        (9, 8, "numerator", InvalidComponent),
        (-1, 8, "numerator", InvalidComponent),
        (1, -8, "denominator", InvalidComponent),
        (1.0, 8, "numerator", InvalidFormat),
        (True, 8, "numerator", InvalidFormat),
        (Decimal("1.5"), 8, "numerator", InvalidFormat),
    ],
)
def test_rate_refuses_bad_counts(
    numerator: object, denominator: object, field: str, error: type[ValidationError]
) -> None:
    with pytest.raises(error) as info:
        Rate(numerator, denominator)
    assert info.value.field == field


def test_rate_takes_integral_decimal_from_sql_sums() -> None:
    rate = Rate(Decimal("12"), Decimal("14"))
    assert (rate.numerator, rate.denominator) == (12, 14)
    assert isinstance(rate.numerator, int)


def test_rates_combine_by_summing_counts_not_averaging_percentages() -> None:
    combined = Rate(326, 375) + Rate(12, 14) + Rate(6, 9)
    assert combined == Rate(344, 398)
    assert combined.format_percent() == "86%"
    assert sum([Rate(1, 2), Rate(3, 4)]) == Rate(4, 6)
    assert Rate.combine() == Rate(0, 0)


def test_rates_of_different_confidence_do_not_combine() -> None:
    with pytest.raises(InvalidComponent) as info:
        Rate(1, 2) + Rate(1, 2, confidence=0.9)
    assert info.value.field == "confidence"


def test_meets_target_is_exact() -> None:
    assert Rate(19, 20).meets(0.95) is True
    assert Rate(189, 200).meets(0.95) is False
    assert Rate(19, 20).meets(Decimal("0.95")) is True


def test_to_dict_and_to_rows() -> None:
    row = Rate(4, 5).to_dict(prefix="on_time_")
    assert row["on_time_numerator"] == 4
    assert row["on_time_percent"] == "80%"
    assert Rate(4, 5).to_rows() == [Rate(4, 5).to_dict()]


def test_round_half_up_and_per_thousand() -> None:
    assert round_half_up(Fraction(5, 2)) == Decimal("3")
    assert round_half_up(Fraction(-5, 2)) == Decimal("-3")
    assert round_half_up(Decimal("6.25"), 1) == Decimal("6.3")
    assert per_thousand(382, 159_000) == Decimal("2.4")
    assert per_thousand(0, 1000) == Decimal("0.0")
    assert per_thousand(1, 0) is None
    with pytest.raises(InvalidFormat):
        round_half_up(0.5)  # type: ignore[arg-type]
    with pytest.raises(InvalidComponent):
        round_half_up(1, -1)


@pytest.mark.parametrize(
    ("period", "start", "label"),
    [
        (Period.DAY, date(2015, 8, 30), "2015-08-30"),
        (Period.WEEK, date(2015, 8, 24), "2015-W35"),
        (Period.MONTH, date(2015, 8, 1), "2015-08"),
        (Period.QUARTER, date(2015, 7, 1), "2015-Q3"),
        (Period.YEAR, date(2015, 1, 1), "2015"),
    ],
)
def test_period_start_and_label(period: Period, start: date, label: str) -> None:
    assert period.start_of(date(2015, 8, 30)) == start
    assert period.label_of(date(2015, 8, 30)) == label


def test_period_of_an_aware_datetime_uses_china_local_date() -> None:
    # 17:00 UTC on New Year's Eve is already 01:00 on 1 January in Beijing.
    moment = datetime(2014, 12, 31, 17, 0, tzinfo=timezone.utc)
    assert Period.YEAR.label_of(moment) == "2015"
    assert Period.DAY.start_of(moment) == date(2015, 1, 1)
