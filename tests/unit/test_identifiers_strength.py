"""Identifiers: the cases mutation testing found unpinned (what an error names, the
boundaries of each shape, helpers that skip the check character, masks of short and long
numbers).

Each test here kills mutants of ``autocrm.domain.identifiers`` that the older tests let
live; see docs/guide/testing.md, "Mutation testing".
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from autocrm.domain.identifiers import phone, plate, ric, uscc, vin
from autocrm.errors import (
    InvalidChecksum,
    InvalidComponent,
    InvalidFormat,
    InvalidLength,
    ValidationError,
)

VIN = "LFV2A21K3D3109826"  # FAW-Volkswagen, check character 3, model year D (2013)
VIN_BAD_CHECK = "LFV2A21K4D3109826"

# --- VIN -------------------------------------------------------------------------------


def test_helpers_that_skip_the_check_character_accept_a_wrong_one() -> None:
    assert vin.is_valid(VIN_BAD_CHECK) is False
    assert vin.model_year_code(VIN_BAD_CHECK) == "D"
    assert vin.wmi(VIN_BAD_CHECK) == "LFV"
    assert vin.check_digit(VIN_BAD_CHECK) == "3"
    assert (vin.model_year_code(VIN), vin.wmi(VIN), vin.check_digit(VIN)) == ("D", "LFV", "3")


def test_model_year_code_still_refuses_a_malformed_vin() -> None:
    with pytest.raises(InvalidLength):
        vin.model_year_code(VIN[:-1])
    with pytest.raises(InvalidFormat):
        vin.model_year_code(VIN.replace("V", "O"))


@pytest.mark.parametrize(
    ("call", "typed", "error", "message"),
    [
        (vin.validate, VIN[:16], InvalidLength, "a VIN has 17 characters, got 16"),
        (vin.check_digit, VIN + "1", InvalidLength, "a VIN has 17 characters, got 18"),
        (
            vin.check_digit,
            "LFV2A21K3D31098I6",
            InvalidFormat,
            "letter 'I' (position 16) is never used in a VIN",
        ),
        (
            vin.validate,
            "LFV2A21K3D31098*6",
            InvalidFormat,
            "character '*' (position 16) is not allowed in a VIN",
        ),
        (
            vin.validate,
            VIN_BAD_CHECK,
            InvalidChecksum,
            "VIN check character (position 9) is '4', expected '3'",
        ),
        (vin.wmi, 17, InvalidFormat, "a VIN must be text, not int"),
    ],
)
def test_vin_errors_name_the_field_the_value_and_the_problem(
    call: Callable[[object], object], typed: object, error: type[ValidationError], message: str
) -> None:
    with pytest.raises(error) as info:
        call(typed)
    assert (info.value.field, info.value.value, str(info.value)) == ("vin", typed, message)


def test_validate_refuses_a_check_digit_flag_that_is_not_a_bool() -> None:
    with pytest.raises(InvalidFormat) as info:
        vin.validate(VIN, check_digit="no")  # type: ignore[arg-type]
    assert (info.value.field, info.value.value) == ("check_digit", "no")


# --- plates ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("call", "typed", "error", "message"),
    [
        (
            plate.validate,
            "京A1234",
            InvalidLength,
            "a plate has 7 characters (8 for new-energy vehicles), got 6",
        ),
        (
            plate.plate_kind,
            "京A12*45",
            InvalidFormat,
            "character '*' is not allowed in a plate serial",
        ),
        (
            plate.validate,
            "京A12I45",
            InvalidFormat,
            "letter 'I' is never used on a plate (it reads as a digit)",
        ),
        (
            plate.plate_kind,
            "京O12345",
            InvalidFormat,
            "letter 'O' is never used on a plate (it reads as a digit)",
        ),
        (
            plate.validate,
            "京112345",
            InvalidFormat,
            "the issuing-authority code must be a letter, got '1'",
        ),
        (plate.validate, "台A12345", InvalidComponent, "unknown province abbreviation '台'"),
        (
            plate.plate_kind,
            "使01457",
            InvalidLength,
            "a plate has 7 characters (8 for new-energy vehicles), got 6",
        ),
        (
            plate.validate,
            "使01457A",
            InvalidFormat,
            "an embassy plate is 使 followed by six digits",
        ),
        (
            plate.validate,
            "京A·1234港",
            InvalidComponent,
            "a 港 plate is issued by Guangdong as 粤Z, not 京A",
        ),
        (
            plate.plate_kind,
            "京A123456",
            InvalidFormat,
            "a new-energy plate needs an energy letter, first or last in the serial",
        ),
        (
            plate.validate,
            "京AD1A234",
            InvalidFormat,
            "a new-energy plate serial is an energy letter, a letter or digit and four digits "
            "(small vehicles) or five digits and an energy letter (large)",
        ),
        (
            plate.validate,
            "京A12345X",
            InvalidComponent,
            "bad energy letter 'X' (allowed: ABCDEFGHJK)",
        ),
        (
            plate.plate_kind,
            "京AX12345",
            InvalidComponent,
            "bad energy letter 'X' (allowed: ABCDEFGHJK)",
        ),
    ],
)
def test_plate_errors_name_the_field_the_value_and_the_problem(
    call: Callable[[object], object], typed: object, error: type[ValidationError], message: str
) -> None:
    with pytest.raises(error) as info:
        call(typed)
    assert (info.value.field, info.value.value, str(info.value)) == ("plate", typed, message)


@pytest.mark.parametrize(
    ("typed", "kind"),
    [
        ("京AD12345", plate.PlateKind.NEW_ENERGY),  # small vehicle: energy letter first
        ("京ADA1234", plate.PlateKind.NEW_ENERGY),  # second serial character a letter
        ("京A12345F", plate.PlateKind.NEW_ENERGY),  # large vehicle: energy letter last
        ("粤B1234学", plate.PlateKind.COACH),
        ("沪A1234挂", plate.PlateKind.TRAILER),
        ("京A1234警", plate.PlateKind.POLICE),
        ("沪A1234领", plate.PlateKind.CONSULATE),
        ("粤Z1234澳", plate.PlateKind.MACAO),
        ("使014578", plate.PlateKind.EMBASSY),
        ("京A12345", plate.PlateKind.ORDINARY),
    ],
)
def test_plate_kind_of_each_series(typed: str, kind: plate.PlateKind) -> None:
    assert plate.plate_kind(typed) is kind


def test_plate_helpers_refuse_invalid_plates() -> None:
    for helper in (plate.province, plate.format):
        with pytest.raises(InvalidComponent):
            helper("台A12345")
    assert plate.format("使014578") == "使014·578"
    assert plate.format("京AD12345") == "京A·D12345"


# --- resident ID ---------------------------------------------------------------------------


def test_the_earliest_birth_year_accepted_is_1800() -> None:
    assert ric.birth_date("110105180001010029") == date(1800, 1, 1)
    with pytest.raises(InvalidComponent) as info:
        ric.validate("110105179912310024")
    assert (info.value.field, info.value.value, str(info.value)) == (
        "resident_id",
        "110105179912310024",
        "birth date 17991231 (YYYYMMDD) is not a real date",
    )


def test_born_on_as_of_is_accepted() -> None:
    assert ric.validate("11010519491231002X", as_of=date(1949, 12, 31)) == "11010519491231002X"
    with pytest.raises(InvalidComponent) as info:
        ric.validate("11010519491231002X", as_of=date(1949, 12, 30))
    assert info.value.field == "resident_id"


@pytest.mark.parametrize(
    ("typed", "error", "message"),
    [
        ("11010519491231002", InvalidLength, "a resident ID number has 18 characters, got 17"),
        (
            "11010519491231002Y",
            InvalidFormat,
            "a resident ID number is 17 digits followed by a digit or X",
        ),
        (
            "1101051949123100X2",
            InvalidFormat,
            "a resident ID number is 17 digits followed by a digit or X",
        ),
        ("110105194912310021", InvalidChecksum, "resident ID check character is '1', expected 'X'"),
    ],
)
def test_resident_id_errors_name_the_field_the_value_and_the_problem(
    typed: str, error: type[ValidationError], message: str
) -> None:
    with pytest.raises(error) as info:
        ric.validate(typed)
    assert (info.value.field, info.value.value, str(info.value)) == ("resident_id", typed, message)


def test_resident_id_as_of_must_be_a_date_not_a_datetime() -> None:
    from datetime import datetime

    moment = datetime(2026, 3, 1, 9, 0)
    with pytest.raises(InvalidFormat) as info:
        ric.validate("11010519491231002X", as_of=moment)
    assert (info.value.field, info.value.value) == ("as_of", moment)
    assert ric.is_valid("11010519491231002X", as_of=moment) is False


def test_gender_and_mask_of_a_man() -> None:
    man = "110105194912310029"[:16] + "1"
    from stdnum.cn import ric as stdnum_ric

    man += stdnum_ric.calc_check_digit(man + "0")
    assert ric.gender(man) == "male"
    assert ric.mask(man) == man[:4] + "*" * 10 + man[-4:]


# --- USCC --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "error", "message"),
    [
        (
            "9111000060003734",
            InvalidLength,
            "a unified social credit code has 18 characters, got 16",
        ),
        (
            "91110000600037341S",
            InvalidFormat,
            "character 'S' (position 18) is not used in unified social credit codes",
        ),
        (
            "9111A000600037341L",
            InvalidFormat,
            "positions 3-8 must be an administrative-division code, got '11A000'",
        ),
        ("91110000600037341A", InvalidChecksum, "USCC check character is 'A', expected 'L'"),
    ],
)
def test_uscc_errors_name_the_field_the_value_and_the_problem(
    typed: str, error: type[ValidationError], message: str
) -> None:
    with pytest.raises(error) as info:
        uscc.validate(typed)
    assert (info.value.field, info.value.value, str(info.value)) == ("uscc", typed, message)


# --- phone ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "regions", "masked"),
    [
        ("13800138000", ("CN",), "+86 138****8000"),  # 11 digits: three shown in front
        ("010-12345678", ("CN",), "+86 10****5678"),  # 10 digits: two shown
        ("+852 6123 4567", ("HK",), "+852 ****4567"),  # 8 digits: none shown in front
        ("+49 800 1234567890", ("DE",), "+49 800******7890"),  # 13 digits: never more than three
    ],
)
def test_mask_hides_at_least_four_digits_and_shows_at_most_three_in_front(
    typed: str, regions: tuple[str, ...], masked: str
) -> None:
    assert phone.mask(typed, regions=regions) == masked


@pytest.mark.parametrize(
    ("typed", "error", "message"),
    [
        ("", InvalidLength, "a phone number cannot be empty"),
        ("1" * 21, InvalidLength, "a phone number has at most 20 digits, got 21 characters"),
        (
            "138-0013-800O",
            InvalidFormat,
            "a phone number holds only digits, an optional leading '+' and separators",
        ),
        (
            "1380013800012",
            InvalidLength,
            "a phone number of this length does not exist in its numbering plan",
        ),
        (
            "+852 6123 4567",
            InvalidComponent,
            "phone numbers from HK are not accepted (accepted: CN)",
        ),
    ],
)
def test_phone_errors_name_the_field_the_value_and_the_problem(
    typed: str, error: type[ValidationError], message: str
) -> None:
    with pytest.raises(error) as info:
        phone.validate(typed)
    assert (info.value.field, info.value.value, str(info.value)) == ("phone", typed, message)


@pytest.mark.parametrize("regions", ["CN", b"CN", (), ("CN", 86), None])
def test_phone_refuses_regions_that_are_not_region_codes(regions: object) -> None:
    with pytest.raises(InvalidFormat) as info:
        phone.validate("13800138000", regions=regions)  # type: ignore[arg-type]
    assert (info.value.field, info.value.value) == ("regions", regions)
    assert phone.is_mobile("13800138000", regions=regions) is False  # type: ignore[arg-type]


def test_the_first_region_reads_a_number_without_country_code() -> None:
    assert phone.validate("6123 4567", regions=("HK", "CN")) == "+85261234567"
    assert phone.validate("13800138000", regions=["CN", "HK"]) == "+8613800138000"


def test_twenty_characters_reach_the_numbering_plan_check() -> None:
    with pytest.raises(InvalidLength) as info:
        phone.validate("1" * 20)
    assert str(info.value) == "a phone number of this length does not exist in its numbering plan"


# --- properties ------------------------------------------------------------------------

_VIN_CHARS = "0123456789ABCDEFGHJKLMNPRSTUVWXYZ"


@given(body=st.text(alphabet=_VIN_CHARS, min_size=17, max_size=17))
def test_a_vin_is_valid_exactly_with_its_computed_check_character(body: str) -> None:
    expected = vin.check_digit(body)
    fixed = body[:8] + expected + body[9:]
    assert vin.validate(fixed) == fixed
    assert vin.model_year_code(body) == body[9]
    assert vin.is_valid(body) is (body[8] == expected)
