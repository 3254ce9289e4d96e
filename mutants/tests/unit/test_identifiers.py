"""Named examples for :mod:`autocrm.domain.identifiers`, with real identifiers."""

from __future__ import annotations

from datetime import date
from types import ModuleType

import pytest

from autocrm.domain.identifiers import phone, plate, ric, uscc, vin
from autocrm.errors import (
    InvalidChecksum,
    InvalidComponent,
    InvalidFormat,
    InvalidLength,
    ValidationError,
)

# --- VIN -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("1HGCM82633A004352", "1HGCM82633A004352"),  # Honda Accord, North America
        ("1hgcm82633a004352", "1HGCM82633A004352"),
        ("LSVAU218XN2183294", "LSVAU218XN2183294"),  # SAIC-VW shape, check character X
        (" lsvau218x-n2183294 ", "LSVAU218XN2183294"),
        ("ＬＳＶＡＵ２１８ＸＮ２１８３２９４", "LSVAU218XN2183294"),  # full-width
    ],
)
def test_vin_validate_accepts_and_normalises(typed: str, expected: str) -> None:
    assert vin.validate(typed) == expected
    assert vin.is_valid(typed)


def test_chinese_vin_with_wrong_check_digit_is_refused_with_the_expected_character() -> None:
    with pytest.raises(InvalidChecksum) as caught:
        vin.validate("LSVAU2180N2183294")
    assert caught.value.field == "vin"
    assert caught.value.value == "LSVAU2180N2183294"
    assert "position 9" in str(caught.value)
    assert "'X'" in str(caught.value)
    assert vin.check_digit("LSVAU2180N2183294") == "X"


def test_european_vin_fails_the_check_by_default_but_passes_when_check_is_off() -> None:
    assert not vin.is_valid("WVWZZZ1JZ3W386752")
    with pytest.raises(InvalidChecksum):
        vin.validate("WVWZZZ1JZ3W386752")
    assert vin.validate("WVWZZZ1JZ3W386752", check_digit=False) == "WVWZZZ1JZ3W386752"
    assert vin.is_valid("WVWZZZ1JZ3W386752", check_digit=False)


def test_check_digit_off_still_refuses_bad_shape() -> None:
    with pytest.raises(InvalidFormat, match="'O'"):
        vin.validate("WVWZZZ1JZ3W38675O", check_digit=False)
    with pytest.raises(InvalidLength):
        vin.validate("WVWZZZ1JZ3W3867", check_digit=False)


@pytest.mark.parametrize("letter", ["I", "O", "Q"])
def test_vin_letters_i_o_q_are_refused_by_name(letter: str) -> None:
    typed = "1HGCM8263" + letter + "A004352"
    with pytest.raises(InvalidFormat) as caught:
        vin.validate(typed)
    assert f"letter '{letter}' (position 10)" in str(caught.value)
    assert caught.value.field == "vin"
    assert caught.value.value == typed


def test_vin_of_wrong_length_names_the_length() -> None:
    with pytest.raises(InvalidLength, match="17 characters, got 16"):
        vin.validate("1HGCM82633A00435")


def test_vin_remainder_ten_is_written_x() -> None:
    assert vin.check_digit("11111111111111111") == "1"
    assert vin.validate("LSVAU218XN2183294")[8] == "X"


def test_vin_helpers() -> None:
    assert vin.wmi("LSVAU2180N2183294") == "LSV"  # works on a failing check digit
    assert vin.model_year_code("1HGCM82633A004352") == "3"


# --- plates ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "expected", "kind"),
    [
        ("京A·12345", "京A12345", plate.PlateKind.ORDINARY),
        ("沪a 8r88q", "沪A8R88Q", plate.PlateKind.ORDINARY),
        ("粤B•D12345", "粤BD12345", plate.PlateKind.NEW_ENERGY),
        ("粤B.FA1234", "粤BFA1234", plate.PlateKind.NEW_ENERGY),
        ("浙A·A12345", "浙AA12345", plate.PlateKind.NEW_ENERGY),  # newer pure-electric letter
        ("苏E-K12345", "苏EK12345", plate.PlateKind.NEW_ENERGY),  # newer "other" letter
        ("京A·12345D", "京A12345D", plate.PlateKind.NEW_ENERGY),  # large vehicle
        ("京A·0123警", "京A0123警", plate.PlateKind.POLICE),
        ("川A·1234学", "川A1234学", plate.PlateKind.COACH),
        ("鲁B·1234挂", "鲁B1234挂", plate.PlateKind.TRAILER),
        ("沪A·1234领", "沪A1234领", plate.PlateKind.CONSULATE),
        ("粤Z·1234港", "粤Z1234港", plate.PlateKind.HONG_KONG),
        ("粤Z·A123澳", "粤ZA123澳", plate.PlateKind.MACAO),
        ("使014·578", "使014578", plate.PlateKind.EMBASSY),
        ("京Ａ１２３４５", "京A12345", plate.PlateKind.ORDINARY),  # full-width
    ],
)
def test_plate_validate_accepts_each_series(
    typed: str, expected: str, kind: plate.PlateKind
) -> None:
    assert plate.validate(typed) == expected
    assert plate.plate_kind(typed) is kind
    assert plate.is_valid(typed)


def test_unknown_province_abbreviation_is_named() -> None:
    with pytest.raises(InvalidComponent, match="unknown province abbreviation '港'") as caught:
        plate.validate("港A12345")
    assert caught.value.field == "plate"
    assert caught.value.value == "港A12345"


@pytest.mark.parametrize("typed", ["京A1234I", "京IA1234", "京O12345", "京AD1O234"])
def test_plate_letters_i_and_o_are_refused(typed: str) -> None:
    with pytest.raises(InvalidFormat, match="is never used on a plate"):
        plate.validate(typed)


@pytest.mark.parametrize("typed", ["京A1234", "京A1234567", "京", ""])
def test_plate_of_bad_length_is_refused(typed: str) -> None:
    with pytest.raises(InvalidLength, match="7 characters"):
        plate.validate(typed)


@pytest.mark.parametrize(
    ("typed", "letter"),
    [("京AL12345", "L"), ("京AZ12345", "Z"), ("京A12345X", "X")],
)
def test_bad_energy_letter_is_named(typed: str, letter: str) -> None:
    with pytest.raises(InvalidComponent, match=f"bad energy letter '{letter}'"):
        plate.validate(typed)


@pytest.mark.parametrize("typed", ["京AD12A45", "京A123456", "京A1234A5"])
def test_new_energy_serial_of_wrong_shape_is_refused(typed: str) -> None:
    with pytest.raises(InvalidFormat, match="new-energy plate"):
        plate.validate(typed)


def test_hong_kong_plate_must_be_guangdong_z() -> None:
    with pytest.raises(InvalidComponent, match="粤Z"):
        plate.validate("京A1234港")


def test_embassy_plate_needs_six_digits() -> None:
    with pytest.raises(InvalidFormat, match="使 followed by six digits"):
        plate.validate("使01A578")


def test_plate_format_and_province() -> None:
    assert plate.format("京a12345") == "京A·12345"
    assert plate.format("粤bd12345") == "粤B·D12345"
    assert plate.format("使014578") == "使014·578"
    assert plate.province("川A·12345") == "川"
    assert plate.province("使014578") is None


# --- resident ID -------------------------------------------------------------


def test_gb_11643_example_is_valid_and_decoded() -> None:
    assert ric.validate("11010519491231002x") == "11010519491231002X"
    assert ric.birth_date("11010519491231002X") == date(1949, 12, 31)
    assert ric.gender("11010519491231002X") == "female"
    assert ric.gender("360426199101010071") == "male"
    assert ric.mask("11010519491231002X") == "1101**********002X"


def test_county_missing_from_stdnum_table_is_accepted() -> None:
    # 110199 is not a county in python-stdnum's table; SPEC: county codes must not reject.
    number = "110199199001011234"
    number = number[:-1] + ric.check_digit(number)
    assert ric.is_valid(number)


@pytest.mark.parametrize("province", ["71", "81", "82", "83"])
def test_taiwan_hong_kong_macao_codes_are_accepted(province: str) -> None:
    body = province + "0000199001010011"
    number = body[:-1] + ric.check_digit(body)
    assert ric.validate(number) == number


def test_resident_id_with_wrong_check_character() -> None:
    with pytest.raises(InvalidChecksum, match="expected 'X'") as caught:
        ric.validate("110105194912310021")
    assert caught.value.field == "resident_id"
    assert caught.value.value == "110105194912310021"


def test_resident_id_with_unknown_province() -> None:
    body = "990105194912310020"
    number = body[:-1] + ric.check_digit(body)
    with pytest.raises(InvalidComponent, match="province code '99'"):
        ric.validate(number)


@pytest.mark.parametrize("birth", ["19491331", "19490230", "00000101", "17991231"])
def test_resident_id_with_impossible_birth_date(birth: str) -> None:
    body = f"110105{birth}0020"
    number = body[:-1] + ric.check_digit(body)
    with pytest.raises(InvalidComponent, match=f"birth date {birth}"):
        ric.validate(number)


def test_resident_id_born_after_as_of_is_refused_only_when_as_of_is_given() -> None:
    number = "11010520300101001X"
    assert ric.is_valid(number)
    assert ric.is_valid(number, as_of=date(2030, 1, 1))
    with pytest.raises(InvalidComponent, match="2030-01-01 is after 2029-12-31"):
        ric.validate(number, as_of=date(2029, 12, 31))


@pytest.mark.parametrize(
    ("typed", "error"),
    [
        ("11010519491231002", InvalidLength),
        ("11010519491231002XX", InvalidLength),
        ("1101051949123100XX", InvalidFormat),
        ("11010519491231002Y", InvalidFormat),
    ],
)
def test_resident_id_shape_errors(typed: str, error: type[ValidationError]) -> None:
    with pytest.raises(error):
        ric.validate(typed)


# --- USCC --------------------------------------------------------------------


@pytest.mark.parametrize(
    "code",
    ["91110000600037341L", "91110000802100433B", "9 1 110000 600037341l"],
)
def test_uscc_accepts_real_codes(code: str) -> None:
    assert uscc.is_valid(code)
    assert uscc.validate(code) == uscc.compact(code)


def test_uscc_accepts_letter_authority_codes_that_stdnum_refuses() -> None:
    body = "N2110112MA0000000"  # rural collective economic organisation shape
    code = body + uscc.check_digit(body + "0")
    assert uscc.validate(code) == code


def test_uscc_with_wrong_check_character() -> None:
    with pytest.raises(InvalidChecksum, match="'A', expected 'L'") as caught:
        uscc.validate("91110000600037341A")
    assert caught.value.field == "uscc"
    assert caught.value.value == "91110000600037341A"


@pytest.mark.parametrize(
    ("typed", "error", "message"),
    [
        ("9111000060003734", InvalidLength, "18 characters, got 16"),
        ("91110000600037341O", InvalidFormat, r"'O' \(position 18\)"),
        ("911A0000600037341L", InvalidFormat, "administrative-division code"),
    ],
)
def test_uscc_shape_errors(typed: str, error: type[ValidationError], message: str) -> None:
    with pytest.raises(error, match=message):
        uscc.validate(typed)


# --- phone -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("138 0013 8000", "+8613800138000"),
        ("+86 138-0013-8000", "+8613800138000"),
        ("0086 13800138000", "+8613800138000"),
        ("010-12345678", "+861012345678"),
        ("(0755) 8888 8888", "+8675588888888"),
        ("１３８００１３８０００", "+8613800138000"),
    ],
)
def test_phone_validate_returns_e164(typed: str, expected: str) -> None:
    assert phone.validate(typed) == expected


def test_phone_is_mobile_distinguishes_mobile_from_fixed_line() -> None:
    assert phone.is_mobile("138 0013 8000")
    assert not phone.is_mobile("010-12345678")
    assert not phone.is_mobile("1380013800")


def test_hong_kong_number_needs_the_region_allowed() -> None:
    with pytest.raises(InvalidComponent, match="from HK are not accepted") as caught:
        phone.validate("+852 6123 4567")
    assert caught.value.field == "phone"
    assert caught.value.value == "+852 6123 4567"
    assert phone.validate("+852 6123 4567", regions=("CN", "HK", "MO")) == "+85261234567"


@pytest.mark.parametrize(
    ("typed", "error"),
    [
        ("1380", InvalidLength),
        ("1" * 20, InvalidLength),
        ("1" * 21, InvalidLength),
        ("138001380", InvalidComponent),  # nine digits: no such mobile range
        ("1380013ABCD", InvalidFormat),  # phonenumbers would read letters as keypad digits
        ("010-12345678 ext. 12", InvalidFormat),
        ("+", InvalidFormat),
        ("12345678901", InvalidComponent),  # no 123 mobile prefix
    ],
)
def test_phone_errors(typed: str, error: type[ValidationError]) -> None:
    with pytest.raises(error):
        phone.validate(typed)


def test_phone_mask() -> None:
    assert phone.mask("13800138000") == "+86 138****8000"
    assert phone.mask("(0755) 8888 8888") == "+86 755****8888"


# --- every module -------------------------------------------------------------

MODULES = [phone, plate, ric, uscc, vin]
JUNK: list[object] = [
    None,
    "",
    " ",
    "€",
    "x" * 10_000,
    "9" * 10_000,
    12345,
    1.5,
    object(),
    b"bytes",
    ["list"],
]


@pytest.mark.parametrize("module", MODULES, ids=lambda module: module.__name__.rsplit(".")[-1])
@pytest.mark.parametrize("junk", JUNK, ids=lambda junk: repr(junk)[:12])
def test_junk_is_refused_with_a_validation_error_only(module: ModuleType, junk: object) -> None:
    assert module.is_valid(junk) is False
    with pytest.raises(ValidationError) as caught:
        module.validate(junk)
    assert caught.value.value is junk
    assert caught.value.field == module.__name__.rsplit(".")[-1].replace("ric", "resident_id")


@pytest.mark.parametrize("module", MODULES, ids=lambda module: module.__name__.rsplit(".")[-1])
def test_non_text_is_refused_by_compact(module: ModuleType) -> None:
    with pytest.raises(InvalidFormat, match="must be text, not int"):
        module.compact(12345)
