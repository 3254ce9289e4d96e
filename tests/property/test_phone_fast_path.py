"""The fast path of ``phone.validate`` for mainland mobiles gives phonenumbers' answers.

``validate`` decides a bare 11-digit number starting with 1 (or one written with +86)
with the mobile ranges of phonenumbers' metadata instead of a full parse. These tests
compare it with the full parse of phonenumbers itself, on every five-digit prefix and
on generated numbers, for the accepted regions a caller may give.
"""

from __future__ import annotations

import phonenumbers
import pytest
from hypothesis import given
from hypothesis import strategies as st

from autocrm.domain.identifiers import phone
from autocrm.errors import ValidationError

REGIONS = [("CN",), ("CN", "HK", "MO"), ("HK", "CN"), ("HK",)]


def _by_phonenumbers(text: str, regions: tuple[str, ...]) -> str | None:
    """The E.164 form phonenumbers gives, or None where it finds no number of ``regions``."""
    try:
        parsed = phonenumbers.parse(text, regions[0])
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_valid_number(parsed):
        return None
    if phonenumbers.region_code_for_number(parsed) not in regions:
        return None
    result: str = phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)
    return result


def _by_autocrm(text: str, regions: tuple[str, ...]) -> str | None:
    try:
        return phone.validate(text, regions=regions)
    except ValidationError:
        return None


def test_every_five_digit_mobile_prefix_is_decided_as_phonenumbers_decides() -> None:
    accepted = 0
    for prefix in range(10000, 20000):
        text = f"{prefix}123456"
        expected = _by_phonenumbers(text, ("CN",))
        assert _by_autocrm(text, ("CN",)) == expected, text
        accepted += expected is not None
    # Much of the range is assigned, not all of it: both answers were compared.
    assert 2000 < accepted < 10000


@given(
    st.text("0123456789", min_size=10, max_size=10),
    st.sampled_from(["", "+86", "86", "0086", "+852"]),
    st.sampled_from(REGIONS),
)
def test_mainland_mobile_fast_path_agrees_with_phonenumbers(
    digits: str, prefix: str, regions: tuple[str, ...]
) -> None:
    text = f"{prefix}1{digits}"
    assert _by_autocrm(text, regions) == _by_phonenumbers(text, regions)


@pytest.mark.parametrize(
    ("text", "regions", "expected"),
    [
        ("13800138000", ("CN",), "+8613800138000"),
        ("+8613800138000", ("HK", "CN"), "+8613800138000"),
        ("19912345678", ("CN",), "+8619912345678"),
    ],
)
def test_mainland_mobiles_in_e164(text: str, regions: tuple[str, ...], expected: str) -> None:
    assert phone.validate(text, regions=regions) == expected


def test_a_bare_mobile_is_not_mainland_when_another_region_comes_first() -> None:
    # Read as a Hong Kong number, 11 digits are too many: refused, as phonenumbers does.
    with pytest.raises(ValidationError):
        phone.validate("13800138000", regions=("HK", "CN"))
