"""Hypothesis invariants of :mod:`autocrm.domain.identifiers`."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from types import ModuleType

import phonenumbers
import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from autocrm.domain.identifiers import phone, plate, ric, uscc, vin
from autocrm.errors import ValidationError
from autocrm.testing._identifier_strategies import (
    mobile_phones,
    plates,
    resident_ids,
    usccs,
    vins,
)

CASES: list[tuple[ModuleType, st.SearchStrategy[str]]] = [
    (vin, vins()),
    (plate, plates()),
    (ric, resident_ids()),
    (uscc, usccs()),
    (phone, mobile_phones()),
]
IDS = ["vin", "plate", "ric", "uscc", "phone"]


def _accepts(validate: Callable[[object], str], value: object) -> bool:
    try:
        validate(value)
    except ValidationError:
        return False
    return True


@pytest.mark.parametrize(("module", "strategy"), CASES, ids=IDS)
def test_generated_values_are_valid_and_already_normalised(
    module: ModuleType, strategy: st.SearchStrategy[str]
) -> None:
    @given(strategy)
    def check(value: str) -> None:
        assert module.is_valid(value)
        assert module.validate(value) == value

    check()


@pytest.mark.parametrize(("module", "strategy"), CASES, ids=IDS)
def test_validate_is_idempotent_and_compact_changes_nothing(
    module: ModuleType, strategy: st.SearchStrategy[str]
) -> None:
    @given(strategy)
    def check(value: str) -> None:
        once = module.validate(value)
        assert module.validate(module.compact(value)) == once
        assert module.validate(once) == once

    check()


# Ways people type the same identifier; validate must see through all of them.
_SPACED = st.sampled_from([" ", "  ", "\u3000", "-", "\t"])


@given(vins(), st.lists(st.integers(0, 17), max_size=4), _SPACED, st.booleans())
def test_vin_typed_with_spaces_or_lower_case_normalises_to_itself(
    value: str, cuts: list[int], separator: str, lower: bool
) -> None:
    typed = value.lower() if lower else value
    for cut in sorted(cuts, reverse=True):
        typed = typed[:cut] + separator + typed[cut:]
    assert vin.validate(typed) == value


@given(plates(), st.sampled_from(["·", "•", ".", " ", "-", ""]), st.booleans())
def test_plate_display_forms_normalise_to_itself(value: str, dot: str, lower: bool) -> None:
    shown = plate.format(value)
    assert "·" in shown
    assert plate.validate(shown) == value
    typed = shown.replace("·", dot)
    assert plate.validate(typed.lower() if lower else typed) == value


_DISPLAY_FORMATS = [
    phonenumbers.PhoneNumberFormat.E164,
    phonenumbers.PhoneNumberFormat.INTERNATIONAL,
    phonenumbers.PhoneNumberFormat.NATIONAL,
]


@given(mobile_phones(), st.sampled_from(_DISPLAY_FORMATS))
def test_phone_every_display_format_validates_back_to_e164(value: str, number_format: int) -> None:
    shown = phonenumbers.format_number(phonenumbers.parse(value), number_format)
    assert phone.validate(shown) == value
    assert phone.is_mobile(shown)


_JUNK = st.one_of(
    st.text(),
    st.text(alphabet="0123456789XxABCDEFGHJKLMNPRSTUVWYZIOQ京沪粤使警港 -·+", max_size=20),
    st.binary(),
    st.integers(),
    st.floats(),
    st.none(),
    st.lists(st.text(), max_size=2),
)


@pytest.mark.parametrize(("module", "strategy"), CASES, ids=IDS)
def test_is_valid_agrees_with_validate_and_validate_raises_only_validation_error(
    module: ModuleType, strategy: st.SearchStrategy[str]
) -> None:
    @given(st.one_of(_JUNK, strategy))
    def check(value: object) -> None:
        # Anything other than ValidationError escaping validate fails the test.
        assert module.is_valid(value) == _accepts(module.validate, value)

    check()


# --- check characters catch single substitutions ---------------------------

_VIN_ALPHABET = "0123456789ABCDEFGHJKLMNPRSTUVWXYZ"


def _vin_value(char: str) -> int:
    # Re-derived from ISO 3779 here rather than read from the module under test.
    if char.isdigit():
        return int(char)
    for letters, first in (("ABCDEFGH", 1), ("JKLMN", 1), ("P", 7), ("R", 9), ("STUVWXYZ", 2)):
        if char in letters:
            return first + letters.index(char)
    raise AssertionError(char)


@given(vins(), st.integers(0, 16).filter(lambda index: index != 8), st.sampled_from(_VIN_ALPHABET))
def test_vin_substitution_outside_position_9_is_caught_by_the_check_digit(
    value: str, index: int, replacement: str
) -> None:
    mutated = value[:index] + replacement + value[index + 1 :]
    # Weights are non-zero modulo 11, so the check catches a substitution exactly
    # when the transliterated value changes (A, J and 1 all count as 1).
    changed = _vin_value(replacement) != _vin_value(value[index])
    assert vin.is_valid(mutated) is not changed
    assert vin.is_valid(mutated, check_digit=False)


@given(vins(), st.sampled_from(_VIN_ALPHABET + "X"))
def test_vin_changing_only_the_check_character_makes_it_invalid(
    value: str, replacement: str
) -> None:
    assume(replacement != value[8])
    assert not vin.is_valid(value[:8] + replacement + value[9:])


@given(resident_ids(), st.integers(0, 16), st.sampled_from("0123456789"))
def test_resident_id_single_digit_substitution_is_caught(
    value: str, index: int, replacement: str
) -> None:
    assume(replacement != value[index])
    mutated = value[:index] + replacement + value[index + 1 :]
    assert not ric.is_valid(mutated)


@given(usccs(), st.integers(0, 16), st.sampled_from("0123456789ABCDEFGHJKLMNPQRTUWXY"))
def test_uscc_single_character_substitution_is_caught(
    value: str, index: int, replacement: str
) -> None:
    assume(replacement != value[index])
    mutated = value[:index] + replacement + value[index + 1 :]
    assert not uscc.is_valid(mutated)


# --- resident ID dates --------------------------------------------------------


@given(st.dates(min_value=date(1901, 1, 1), max_value=date(2030, 12, 31)), st.data())
def test_resident_id_birth_date_bounds_as_of(born_before: date, data: st.DataObject) -> None:
    value = data.draw(resident_ids(born_before=born_before))
    born = ric.birth_date(value)
    assert born < born_before
    assert ric.is_valid(value, as_of=born)
    assert not ric.is_valid(value, as_of=born - timedelta(days=1))
    assert ric.mask(value) == value[:4] + "*" * 10 + value[-4:]
    assert ric.gender(value) == ("male" if int(value[16]) % 2 else "female")
