"""Hypothesis strategies for the identifiers of :mod:`autocrm.domain.identifiers`.

Every strategy produces only valid values, in the normalised form that the
module's ``validate`` returns. Re-exported by :mod:`autocrm.testing.strategies`.

Examples:
    >>> from hypothesis import given, settings
    >>> @settings(max_examples=5, deadline=None)
    ... @given(vins(), mobile_phones())
    ... def check(value, mobile):
    ...     assert vin.validate(value) == value and mobile.startswith("+86")
    >>> check()
"""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import strategies as st

from autocrm.domain.identifiers import plate, ric, uscc, vin

__all__ = ["mobile_phones", "plates", "resident_ids", "usccs", "vins"]

_DIGITS = "0123456789"
_VIN_ALPHABET = "0123456789ABCDEFGHJKLMNPRSTUVWXYZ"
_PLATE_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"
_PLATE_SERIAL = _DIGITS + _PLATE_LETTERS
_ENERGY_LETTERS = "ABCDEFGHJK"
_SPECIAL_SUFFIXES = "警学挂领"
_USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
# Mobile prefixes every 8-digit continuation of which libphonenumber accepts.
_MOBILE_PREFIXES = (
    *(str(prefix) for prefix in range(130, 140)),
    "150",
    "151",
    "152",
    "153",
    "155",
    "156",
    "157",
    "158",
    "159",
    "166",
    "177",
    *(str(prefix) for prefix in range(180, 190)),
    "199",
)


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict
mutants_x__digits__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__digits__mutmut)
def _digits(count: int) -> st.SearchStrategy[str]:
    return st.text(alphabet=_DIGITS, min_size=count, max_size=count)


def x__digits__mutmut_orig(count: int) -> st.SearchStrategy[str]:
    return st.text(alphabet=_DIGITS, min_size=count, max_size=count)


def x__digits__mutmut_1(count: int) -> st.SearchStrategy[str]:
    return st.text(alphabet=None, min_size=count, max_size=count)


def x__digits__mutmut_2(count: int) -> st.SearchStrategy[str]:
    return st.text(alphabet=_DIGITS, min_size=None, max_size=count)


def x__digits__mutmut_3(count: int) -> st.SearchStrategy[str]:
    return st.text(alphabet=_DIGITS, min_size=count, max_size=None)


def x__digits__mutmut_4(count: int) -> st.SearchStrategy[str]:
    return st.text(min_size=count, max_size=count)


def x__digits__mutmut_5(count: int) -> st.SearchStrategy[str]:
    return st.text(alphabet=_DIGITS, max_size=count)


def x__digits__mutmut_6(count: int) -> st.SearchStrategy[str]:
    return st.text(alphabet=_DIGITS, min_size=count, )

mutants_x__digits__mutmut['_mutmut_orig'] = x__digits__mutmut_orig # type: ignore # mutmut generated
mutants_x__digits__mutmut['x__digits__mutmut_1'] = x__digits__mutmut_1 # type: ignore # mutmut generated
mutants_x__digits__mutmut['x__digits__mutmut_2'] = x__digits__mutmut_2 # type: ignore # mutmut generated
mutants_x__digits__mutmut['x__digits__mutmut_3'] = x__digits__mutmut_3 # type: ignore # mutmut generated
mutants_x__digits__mutmut['x__digits__mutmut_4'] = x__digits__mutmut_4 # type: ignore # mutmut generated
mutants_x__digits__mutmut['x__digits__mutmut_5'] = x__digits__mutmut_5 # type: ignore # mutmut generated
mutants_x__digits__mutmut['x__digits__mutmut_6'] = x__digits__mutmut_6 # type: ignore # mutmut generated
mutants_x__with_vin_check__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__with_vin_check__mutmut)
def _with_vin_check(body: str) -> str:
    candidate = f"{body[:8]}0{body[8:]}"
    return f"{body[:8]}{vin.check_digit(candidate)}{body[8:]}"


def x__with_vin_check__mutmut_orig(body: str) -> str:
    candidate = f"{body[:8]}0{body[8:]}"
    return f"{body[:8]}{vin.check_digit(candidate)}{body[8:]}"


def x__with_vin_check__mutmut_1(body: str) -> str:
    candidate = None
    return f"{body[:8]}{vin.check_digit(candidate)}{body[8:]}"


def x__with_vin_check__mutmut_2(body: str) -> str:
    candidate = f"{body[:9]}0{body[8:]}"
    return f"{body[:8]}{vin.check_digit(candidate)}{body[8:]}"


def x__with_vin_check__mutmut_3(body: str) -> str:
    candidate = f"{body[:8]}0{body[9:]}"
    return f"{body[:8]}{vin.check_digit(candidate)}{body[8:]}"


def x__with_vin_check__mutmut_4(body: str) -> str:
    candidate = f"{body[:8]}0{body[8:]}"
    return f"{body[:9]}{vin.check_digit(candidate)}{body[8:]}"


def x__with_vin_check__mutmut_5(body: str) -> str:
    candidate = f"{body[:8]}0{body[8:]}"
    return f"{body[:8]}{vin.check_digit(None)}{body[8:]}"


def x__with_vin_check__mutmut_6(body: str) -> str:
    candidate = f"{body[:8]}0{body[8:]}"
    return f"{body[:8]}{vin.check_digit(candidate)}{body[9:]}"

mutants_x__with_vin_check__mutmut['_mutmut_orig'] = x__with_vin_check__mutmut_orig # type: ignore # mutmut generated
mutants_x__with_vin_check__mutmut['x__with_vin_check__mutmut_1'] = x__with_vin_check__mutmut_1 # type: ignore # mutmut generated
mutants_x__with_vin_check__mutmut['x__with_vin_check__mutmut_2'] = x__with_vin_check__mutmut_2 # type: ignore # mutmut generated
mutants_x__with_vin_check__mutmut['x__with_vin_check__mutmut_3'] = x__with_vin_check__mutmut_3 # type: ignore # mutmut generated
mutants_x__with_vin_check__mutmut['x__with_vin_check__mutmut_4'] = x__with_vin_check__mutmut_4 # type: ignore # mutmut generated
mutants_x__with_vin_check__mutmut['x__with_vin_check__mutmut_5'] = x__with_vin_check__mutmut_5 # type: ignore # mutmut generated
mutants_x__with_vin_check__mutmut['x__with_vin_check__mutmut_6'] = x__with_vin_check__mutmut_6 # type: ignore # mutmut generated
mutants_x_vins__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_vins__mutmut)
def vins() -> st.SearchStrategy[str]:
    """Valid 17-character VINs with a correct check character.

    Examples:
        >>> from hypothesis import given, settings
        >>> @settings(max_examples=5, deadline=None)
        ... @given(vins())
        ... def check(value):
        ...     assert len(value) == 17 and vin.validate(value) == value
        >>> check()
    """
    body = st.text(alphabet=_VIN_ALPHABET, min_size=16, max_size=16)
    return body.map(_with_vin_check)


def x_vins__mutmut_orig() -> st.SearchStrategy[str]:
    """Valid 17-character VINs with a correct check character.

    Examples:
        >>> from hypothesis import given, settings
        >>> @settings(max_examples=5, deadline=None)
        ... @given(vins())
        ... def check(value):
        ...     assert len(value) == 17 and vin.validate(value) == value
        >>> check()
    """
    body = st.text(alphabet=_VIN_ALPHABET, min_size=16, max_size=16)
    return body.map(_with_vin_check)


def x_vins__mutmut_1() -> st.SearchStrategy[str]:
    """Valid 17-character VINs with a correct check character.

    Examples:
        >>> from hypothesis import given, settings
        >>> @settings(max_examples=5, deadline=None)
        ... @given(vins())
        ... def check(value):
        ...     assert len(value) == 17 and vin.validate(value) == value
        >>> check()
    """
    body = None
    return body.map(_with_vin_check)


def x_vins__mutmut_2() -> st.SearchStrategy[str]:
    """Valid 17-character VINs with a correct check character.

    Examples:
        >>> from hypothesis import given, settings
        >>> @settings(max_examples=5, deadline=None)
        ... @given(vins())
        ... def check(value):
        ...     assert len(value) == 17 and vin.validate(value) == value
        >>> check()
    """
    body = st.text(alphabet=None, min_size=16, max_size=16)
    return body.map(_with_vin_check)


def x_vins__mutmut_3() -> st.SearchStrategy[str]:
    """Valid 17-character VINs with a correct check character.

    Examples:
        >>> from hypothesis import given, settings
        >>> @settings(max_examples=5, deadline=None)
        ... @given(vins())
        ... def check(value):
        ...     assert len(value) == 17 and vin.validate(value) == value
        >>> check()
    """
    body = st.text(alphabet=_VIN_ALPHABET, min_size=None, max_size=16)
    return body.map(_with_vin_check)


def x_vins__mutmut_4() -> st.SearchStrategy[str]:
    """Valid 17-character VINs with a correct check character.

    Examples:
        >>> from hypothesis import given, settings
        >>> @settings(max_examples=5, deadline=None)
        ... @given(vins())
        ... def check(value):
        ...     assert len(value) == 17 and vin.validate(value) == value
        >>> check()
    """
    body = st.text(alphabet=_VIN_ALPHABET, min_size=16, max_size=None)
    return body.map(_with_vin_check)


def x_vins__mutmut_5() -> st.SearchStrategy[str]:
    """Valid 17-character VINs with a correct check character.

    Examples:
        >>> from hypothesis import given, settings
        >>> @settings(max_examples=5, deadline=None)
        ... @given(vins())
        ... def check(value):
        ...     assert len(value) == 17 and vin.validate(value) == value
        >>> check()
    """
    body = st.text(min_size=16, max_size=16)
    return body.map(_with_vin_check)


def x_vins__mutmut_6() -> st.SearchStrategy[str]:
    """Valid 17-character VINs with a correct check character.

    Examples:
        >>> from hypothesis import given, settings
        >>> @settings(max_examples=5, deadline=None)
        ... @given(vins())
        ... def check(value):
        ...     assert len(value) == 17 and vin.validate(value) == value
        >>> check()
    """
    body = st.text(alphabet=_VIN_ALPHABET, max_size=16)
    return body.map(_with_vin_check)


def x_vins__mutmut_7() -> st.SearchStrategy[str]:
    """Valid 17-character VINs with a correct check character.

    Examples:
        >>> from hypothesis import given, settings
        >>> @settings(max_examples=5, deadline=None)
        ... @given(vins())
        ... def check(value):
        ...     assert len(value) == 17 and vin.validate(value) == value
        >>> check()
    """
    body = st.text(alphabet=_VIN_ALPHABET, min_size=16, )
    return body.map(_with_vin_check)


def x_vins__mutmut_8() -> st.SearchStrategy[str]:
    """Valid 17-character VINs with a correct check character.

    Examples:
        >>> from hypothesis import given, settings
        >>> @settings(max_examples=5, deadline=None)
        ... @given(vins())
        ... def check(value):
        ...     assert len(value) == 17 and vin.validate(value) == value
        >>> check()
    """
    body = st.text(alphabet=_VIN_ALPHABET, min_size=17, max_size=16)
    return body.map(_with_vin_check)


def x_vins__mutmut_9() -> st.SearchStrategy[str]:
    """Valid 17-character VINs with a correct check character.

    Examples:
        >>> from hypothesis import given, settings
        >>> @settings(max_examples=5, deadline=None)
        ... @given(vins())
        ... def check(value):
        ...     assert len(value) == 17 and vin.validate(value) == value
        >>> check()
    """
    body = st.text(alphabet=_VIN_ALPHABET, min_size=16, max_size=17)
    return body.map(_with_vin_check)


def x_vins__mutmut_10() -> st.SearchStrategy[str]:
    """Valid 17-character VINs with a correct check character.

    Examples:
        >>> from hypothesis import given, settings
        >>> @settings(max_examples=5, deadline=None)
        ... @given(vins())
        ... def check(value):
        ...     assert len(value) == 17 and vin.validate(value) == value
        >>> check()
    """
    body = st.text(alphabet=_VIN_ALPHABET, min_size=16, max_size=16)
    return body.map(None)

mutants_x_vins__mutmut['_mutmut_orig'] = x_vins__mutmut_orig # type: ignore # mutmut generated
mutants_x_vins__mutmut['x_vins__mutmut_1'] = x_vins__mutmut_1 # type: ignore # mutmut generated
mutants_x_vins__mutmut['x_vins__mutmut_2'] = x_vins__mutmut_2 # type: ignore # mutmut generated
mutants_x_vins__mutmut['x_vins__mutmut_3'] = x_vins__mutmut_3 # type: ignore # mutmut generated
mutants_x_vins__mutmut['x_vins__mutmut_4'] = x_vins__mutmut_4 # type: ignore # mutmut generated
mutants_x_vins__mutmut['x_vins__mutmut_5'] = x_vins__mutmut_5 # type: ignore # mutmut generated
mutants_x_vins__mutmut['x_vins__mutmut_6'] = x_vins__mutmut_6 # type: ignore # mutmut generated
mutants_x_vins__mutmut['x_vins__mutmut_7'] = x_vins__mutmut_7 # type: ignore # mutmut generated
mutants_x_vins__mutmut['x_vins__mutmut_8'] = x_vins__mutmut_8 # type: ignore # mutmut generated
mutants_x_vins__mutmut['x_vins__mutmut_9'] = x_vins__mutmut_9 # type: ignore # mutmut generated
mutants_x_vins__mutmut['x_vins__mutmut_10'] = x_vins__mutmut_10 # type: ignore # mutmut generated
mutants_x__concat__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__concat__mutmut)
def _concat(*parts: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    return st.tuples(*parts).map("".join)


def x__concat__mutmut_orig(*parts: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    return st.tuples(*parts).map("".join)


def x__concat__mutmut_1(*parts: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    return st.tuples(*parts).map(None)


def x__concat__mutmut_2(*parts: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    return st.tuples(*parts).map("XXXX".join)

mutants_x__concat__mutmut['_mutmut_orig'] = x__concat__mutmut_orig # type: ignore # mutmut generated
mutants_x__concat__mutmut['x__concat__mutmut_1'] = x__concat__mutmut_1 # type: ignore # mutmut generated
mutants_x__concat__mutmut['x__concat__mutmut_2'] = x__concat__mutmut_2 # type: ignore # mutmut generated
mutants_x_plates__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_plates__mutmut)
def plates() -> st.SearchStrategy[str]:
    """Valid plates: ordinary, new-energy (small and large), special series, embassy.

    Examples:
        >>> from hypothesis import given, settings
        >>> @settings(max_examples=5, deadline=None)
        ... @given(plates())
        ... def check(value):
        ...     assert plate.validate(value) == value
        >>> check()
    """
    provinces = st.sampled_from(sorted(plate.PROVINCES))
    authority = st.sampled_from(_PLATE_LETTERS)
    energy = st.sampled_from(_ENERGY_LETTERS)

    def serial(count: int) -> st.SearchStrategy[str]:
        return st.text(alphabet=_PLATE_SERIAL, min_size=count, max_size=count)

    return st.one_of(
        _concat(provinces, authority, serial(5)),
        _concat(provinces, authority, energy, serial(1), _digits(4)),
        _concat(provinces, authority, _digits(5), energy),
        _concat(provinces, authority, serial(4), st.sampled_from(_SPECIAL_SUFFIXES)),
        _concat(st.just("粤Z"), serial(4), st.sampled_from("港澳")),
        _concat(st.just("使"), _digits(6)),
    )


def x_plates__mutmut_orig() -> st.SearchStrategy[str]:
    """Valid plates: ordinary, new-energy (small and large), special series, embassy.

    Examples:
        >>> from hypothesis import given, settings
        >>> @settings(max_examples=5, deadline=None)
        ... @given(plates())
        ... def check(value):
        ...     assert plate.validate(value) == value
        >>> check()
    """
    provinces = st.sampled_from(sorted(plate.PROVINCES))
    authority = st.sampled_from(_PLATE_LETTERS)
    energy = st.sampled_from(_ENERGY_LETTERS)

    def serial(count: int) -> st.SearchStrategy[str]:
        return st.text(alphabet=_PLATE_SERIAL, min_size=count, max_size=count)

    return st.one_of(
        _concat(provinces, authority, serial(5)),
        _concat(provinces, authority, energy, serial(1), _digits(4)),
        _concat(provinces, authority, _digits(5), energy),
        _concat(provinces, authority, serial(4), st.sampled_from(_SPECIAL_SUFFIXES)),
        _concat(st.just("粤Z"), serial(4), st.sampled_from("港澳")),
        _concat(st.just("使"), _digits(6)),
    )


def x_plates__mutmut_1() -> st.SearchStrategy[str]:
    """Valid plates: ordinary, new-energy (small and large), special series, embassy.

    Examples:
        >>> from hypothesis import given, settings
        >>> @settings(max_examples=5, deadline=None)
        ... @given(plates())
        ... def check(value):
        ...     assert plate.validate(value) == value
        >>> check()
    """
    provinces = None
    authority = st.sampled_from(_PLATE_LETTERS)
    energy = st.sampled_from(_ENERGY_LETTERS)

    def serial(count: int) -> st.SearchStrategy[str]:
        return st.text(alphabet=_PLATE_SERIAL, min_size=count, max_size=count)

    return st.one_of(
        _concat(provinces, authority, serial(5)),
        _concat(provinces, authority, energy, serial(1), _digits(4)),
        _concat(provinces, authority, _digits(5), energy),
        _concat(provinces, authority, serial(4), st.sampled_from(_SPECIAL_SUFFIXES)),
        _concat(st.just("粤Z"), serial(4), st.sampled_from("港澳")),
        _concat(st.just("使"), _digits(6)),
    )


def x_plates__mutmut_2() -> st.SearchStrategy[str]:
    """Valid plates: ordinary, new-energy (small and large), special series, embassy.

    Examples:
        >>> from hypothesis import given, settings
        >>> @settings(max_examples=5, deadline=None)
        ... @given(plates())
        ... def check(value):
        ...     assert plate.validate(value) == value
        >>> check()
    """
    provinces = st.sampled_from(None)
    authority = st.sampled_from(_PLATE_LETTERS)
    energy = st.sampled_from(_ENERGY_LETTERS)

    def serial(count: int) -> st.SearchStrategy[str]:
        return st.text(alphabet=_PLATE_SERIAL, min_size=count, max_size=count)

    return st.one_of(
        _concat(provinces, authority, serial(5)),
        _concat(provinces, authority, energy, serial(1), _digits(4)),
        _concat(provinces, authority, _digits(5), energy),
        _concat(provinces, authority, serial(4), st.sampled_from(_SPECIAL_SUFFIXES)),
        _concat(st.just("粤Z"), serial(4), st.sampled_from("港澳")),
        _concat(st.just("使"), _digits(6)),
    )


def x_plates__mutmut_3() -> st.SearchStrategy[str]:
    """Valid plates: ordinary, new-energy (small and large), special series, embassy.

    Examples:
        >>> from hypothesis import given, settings
        >>> @settings(max_examples=5, deadline=None)
        ... @given(plates())
        ... def check(value):
        ...     assert plate.validate(value) == value
        >>> check()
    """
    provinces = st.sampled_from(sorted(None))
    authority = st.sampled_from(_PLATE_LETTERS)
    energy = st.sampled_from(_ENERGY_LETTERS)

    def serial(count: int) -> st.SearchStrategy[str]:
        return st.text(alphabet=_PLATE_SERIAL, min_size=count, max_size=count)

    return st.one_of(
        _concat(provinces, authority, serial(5)),
        _concat(provinces, authority, energy, serial(1), _digits(4)),
        _concat(provinces, authority, _digits(5), energy),
        _concat(provinces, authority, serial(4), st.sampled_from(_SPECIAL_SUFFIXES)),
        _concat(st.just("粤Z"), serial(4), st.sampled_from("港澳")),
        _concat(st.just("使"), _digits(6)),
    )


def x_plates__mutmut_4() -> st.SearchStrategy[str]:
    """Valid plates: ordinary, new-energy (small and large), special series, embassy.

    Examples:
        >>> from hypothesis import given, settings
        >>> @settings(max_examples=5, deadline=None)
        ... @given(plates())
        ... def check(value):
        ...     assert plate.validate(value) == value
        >>> check()
    """
    provinces = st.sampled_from(sorted(plate.PROVINCES))
    authority = None
    energy = st.sampled_from(_ENERGY_LETTERS)

    def serial(count: int) -> st.SearchStrategy[str]:
        return st.text(alphabet=_PLATE_SERIAL, min_size=count, max_size=count)

    return st.one_of(
        _concat(provinces, authority, serial(5)),
        _concat(provinces, authority, energy, serial(1), _digits(4)),
        _concat(provinces, authority, _digits(5), energy),
        _concat(provinces, authority, serial(4), st.sampled_from(_SPECIAL_SUFFIXES)),
        _concat(st.just("粤Z"), serial(4), st.sampled_from("港澳")),
        _concat(st.just("使"), _digits(6)),
    )


def x_plates__mutmut_5() -> st.SearchStrategy[str]:
    """Valid plates: ordinary, new-energy (small and large), special series, embassy.

    Examples:
        >>> from hypothesis import given, settings
        >>> @settings(max_examples=5, deadline=None)
        ... @given(plates())
        ... def check(value):
        ...     assert plate.validate(value) == value
        >>> check()
    """
    provinces = st.sampled_from(sorted(plate.PROVINCES))
    authority = st.sampled_from(None)
    energy = st.sampled_from(_ENERGY_LETTERS)

    def serial(count: int) -> st.SearchStrategy[str]:
        return st.text(alphabet=_PLATE_SERIAL, min_size=count, max_size=count)

    return st.one_of(
        _concat(provinces, authority, serial(5)),
        _concat(provinces, authority, energy, serial(1), _digits(4)),
        _concat(provinces, authority, _digits(5), energy),
        _concat(provinces, authority, serial(4), st.sampled_from(_SPECIAL_SUFFIXES)),
        _concat(st.just("粤Z"), serial(4), st.sampled_from("港澳")),
        _concat(st.just("使"), _digits(6)),
    )


def x_plates__mutmut_6() -> st.SearchStrategy[str]:
    """Valid plates: ordinary, new-energy (small and large), special series, embassy.

    Examples:
        >>> from hypothesis import given, settings
        >>> @settings(max_examples=5, deadline=None)
        ... @given(plates())
        ... def check(value):
        ...     assert plate.validate(value) == value
        >>> check()
    """
    provinces = st.sampled_from(sorted(plate.PROVINCES))
    authority = st.sampled_from(_PLATE_LETTERS)
    energy = None

    def serial(count: int) -> st.SearchStrategy[str]:
        return st.text(alphabet=_PLATE_SERIAL, min_size=count, max_size=count)

    return st.one_of(
        _concat(provinces, authority, serial(5)),
        _concat(provinces, authority, energy, serial(1), _digits(4)),
        _concat(provinces, authority, _digits(5), energy),
        _concat(provinces, authority, serial(4), st.sampled_from(_SPECIAL_SUFFIXES)),
        _concat(st.just("粤Z"), serial(4), st.sampled_from("港澳")),
        _concat(st.just("使"), _digits(6)),
    )


def x_plates__mutmut_7() -> st.SearchStrategy[str]:
    """Valid plates: ordinary, new-energy (small and large), special series, embassy.

    Examples:
        >>> from hypothesis import given, settings
        >>> @settings(max_examples=5, deadline=None)
        ... @given(plates())
        ... def check(value):
        ...     assert plate.validate(value) == value
        >>> check()
    """
    provinces = st.sampled_from(sorted(plate.PROVINCES))
    authority = st.sampled_from(_PLATE_LETTERS)
    energy = st.sampled_from(None)

    def serial(count: int) -> st.SearchStrategy[str]:
        return st.text(alphabet=_PLATE_SERIAL, min_size=count, max_size=count)

    return st.one_of(
        _concat(provinces, authority, serial(5)),
        _concat(provinces, authority, energy, serial(1), _digits(4)),
        _concat(provinces, authority, _digits(5), energy),
        _concat(provinces, authority, serial(4), st.sampled_from(_SPECIAL_SUFFIXES)),
        _concat(st.just("粤Z"), serial(4), st.sampled_from("港澳")),
        _concat(st.just("使"), _digits(6)),
    )


def x_plates__mutmut_8() -> st.SearchStrategy[str]:
    """Valid plates: ordinary, new-energy (small and large), special series, embassy.

    Examples:
        >>> from hypothesis import given, settings
        >>> @settings(max_examples=5, deadline=None)
        ... @given(plates())
        ... def check(value):
        ...     assert plate.validate(value) == value
        >>> check()
    """
    provinces = st.sampled_from(sorted(plate.PROVINCES))
    authority = st.sampled_from(_PLATE_LETTERS)
    energy = st.sampled_from(_ENERGY_LETTERS)

    def serial(count: int) -> st.SearchStrategy[str]:
        return st.text(alphabet=None, min_size=count, max_size=count)

    return st.one_of(
        _concat(provinces, authority, serial(5)),
        _concat(provinces, authority, energy, serial(1), _digits(4)),
        _concat(provinces, authority, _digits(5), energy),
        _concat(provinces, authority, serial(4), st.sampled_from(_SPECIAL_SUFFIXES)),
        _concat(st.just("粤Z"), serial(4), st.sampled_from("港澳")),
        _concat(st.just("使"), _digits(6)),
    )


def x_plates__mutmut_9() -> st.SearchStrategy[str]:
    """Valid plates: ordinary, new-energy (small and large), special series, embassy.

    Examples:
        >>> from hypothesis import given, settings
        >>> @settings(max_examples=5, deadline=None)
        ... @given(plates())
        ... def check(value):
        ...     assert plate.validate(value) == value
        >>> check()
    """
    provinces = st.sampled_from(sorted(plate.PROVINCES))
    authority = st.sampled_from(_PLATE_LETTERS)
    energy = st.sampled_from(_ENERGY_LETTERS)

    def serial(count: int) -> st.SearchStrategy[str]:
        return st.text(alphabet=_PLATE_SERIAL, min_size=None, max_size=count)

    return st.one_of(
        _concat(provinces, authority, serial(5)),
        _concat(provinces, authority, energy, serial(1), _digits(4)),
        _concat(provinces, authority, _digits(5), energy),
        _concat(provinces, authority, serial(4), st.sampled_from(_SPECIAL_SUFFIXES)),
        _concat(st.just("粤Z"), serial(4), st.sampled_from("港澳")),
        _concat(st.just("使"), _digits(6)),
    )


def x_plates__mutmut_10() -> st.SearchStrategy[str]:
    """Valid plates: ordinary, new-energy (small and large), special series, embassy.

    Examples:
        >>> from hypothesis import given, settings
        >>> @settings(max_examples=5, deadline=None)
        ... @given(plates())
        ... def check(value):
        ...     assert plate.validate(value) == value
        >>> check()
    """
    provinces = st.sampled_from(sorted(plate.PROVINCES))
    authority = st.sampled_from(_PLATE_LETTERS)
    energy = st.sampled_from(_ENERGY_LETTERS)

    def serial(count: int) -> st.SearchStrategy[str]:
        return st.text(alphabet=_PLATE_SERIAL, min_size=count, max_size=None)

    return st.one_of(
        _concat(provinces, authority, serial(5)),
        _concat(provinces, authority, energy, serial(1), _digits(4)),
        _concat(provinces, authority, _digits(5), energy),
        _concat(provinces, authority, serial(4), st.sampled_from(_SPECIAL_SUFFIXES)),
        _concat(st.just("粤Z"), serial(4), st.sampled_from("港澳")),
        _concat(st.just("使"), _digits(6)),
    )


def x_plates__mutmut_11() -> st.SearchStrategy[str]:
    """Valid plates: ordinary, new-energy (small and large), special series, embassy.

    Examples:
        >>> from hypothesis import given, settings
        >>> @settings(max_examples=5, deadline=None)
        ... @given(plates())
        ... def check(value):
        ...     assert plate.validate(value) == value
        >>> check()
    """
    provinces = st.sampled_from(sorted(plate.PROVINCES))
    authority = st.sampled_from(_PLATE_LETTERS)
    energy = st.sampled_from(_ENERGY_LETTERS)

    def serial(count: int) -> st.SearchStrategy[str]:
        return st.text(min_size=count, max_size=count)

    return st.one_of(
        _concat(provinces, authority, serial(5)),
        _concat(provinces, authority, energy, serial(1), _digits(4)),
        _concat(provinces, authority, _digits(5), energy),
        _concat(provinces, authority, serial(4), st.sampled_from(_SPECIAL_SUFFIXES)),
        _concat(st.just("粤Z"), serial(4), st.sampled_from("港澳")),
        _concat(st.just("使"), _digits(6)),
    )


def x_plates__mutmut_12() -> st.SearchStrategy[str]:
    """Valid plates: ordinary, new-energy (small and large), special series, embassy.

    Examples:
        >>> from hypothesis import given, settings
        >>> @settings(max_examples=5, deadline=None)
        ... @given(plates())
        ... def check(value):
        ...     assert plate.validate(value) == value
        >>> check()
    """
    provinces = st.sampled_from(sorted(plate.PROVINCES))
    authority = st.sampled_from(_PLATE_LETTERS)
    energy = st.sampled_from(_ENERGY_LETTERS)

    def serial(count: int) -> st.SearchStrategy[str]:
        return st.text(alphabet=_PLATE_SERIAL, max_size=count)

    return st.one_of(
        _concat(provinces, authority, serial(5)),
        _concat(provinces, authority, energy, serial(1), _digits(4)),
        _concat(provinces, authority, _digits(5), energy),
        _concat(provinces, authority, serial(4), st.sampled_from(_SPECIAL_SUFFIXES)),
        _concat(st.just("粤Z"), serial(4), st.sampled_from("港澳")),
        _concat(st.just("使"), _digits(6)),
    )


def x_plates__mutmut_13() -> st.SearchStrategy[str]:
    """Valid plates: ordinary, new-energy (small and large), special series, embassy.

    Examples:
        >>> from hypothesis import given, settings
        >>> @settings(max_examples=5, deadline=None)
        ... @given(plates())
        ... def check(value):
        ...     assert plate.validate(value) == value
        >>> check()
    """
    provinces = st.sampled_from(sorted(plate.PROVINCES))
    authority = st.sampled_from(_PLATE_LETTERS)
    energy = st.sampled_from(_ENERGY_LETTERS)

    def serial(count: int) -> st.SearchStrategy[str]:
        return st.text(alphabet=_PLATE_SERIAL, min_size=count, )

    return st.one_of(
        _concat(provinces, authority, serial(5)),
        _concat(provinces, authority, energy, serial(1), _digits(4)),
        _concat(provinces, authority, _digits(5), energy),
        _concat(provinces, authority, serial(4), st.sampled_from(_SPECIAL_SUFFIXES)),
        _concat(st.just("粤Z"), serial(4), st.sampled_from("港澳")),
        _concat(st.just("使"), _digits(6)),
    )


def x_plates__mutmut_14() -> st.SearchStrategy[str]:
    """Valid plates: ordinary, new-energy (small and large), special series, embassy.

    Examples:
        >>> from hypothesis import given, settings
        >>> @settings(max_examples=5, deadline=None)
        ... @given(plates())
        ... def check(value):
        ...     assert plate.validate(value) == value
        >>> check()
    """
    provinces = st.sampled_from(sorted(plate.PROVINCES))
    authority = st.sampled_from(_PLATE_LETTERS)
    energy = st.sampled_from(_ENERGY_LETTERS)

    def serial(count: int) -> st.SearchStrategy[str]:
        return st.text(alphabet=_PLATE_SERIAL, min_size=count, max_size=count)

    return st.one_of(
        None,
        _concat(provinces, authority, energy, serial(1), _digits(4)),
        _concat(provinces, authority, _digits(5), energy),
        _concat(provinces, authority, serial(4), st.sampled_from(_SPECIAL_SUFFIXES)),
        _concat(st.just("粤Z"), serial(4), st.sampled_from("港澳")),
        _concat(st.just("使"), _digits(6)),
    )


def x_plates__mutmut_15() -> st.SearchStrategy[str]:
    """Valid plates: ordinary, new-energy (small and large), special series, embassy.

    Examples:
        >>> from hypothesis import given, settings
        >>> @settings(max_examples=5, deadline=None)
        ... @given(plates())
        ... def check(value):
        ...     assert plate.validate(value) == value
        >>> check()
    """
    provinces = st.sampled_from(sorted(plate.PROVINCES))
    authority = st.sampled_from(_PLATE_LETTERS)
    energy = st.sampled_from(_ENERGY_LETTERS)

    def serial(count: int) -> st.SearchStrategy[str]:
        return st.text(alphabet=_PLATE_SERIAL, min_size=count, max_size=count)

    return st.one_of(
        _concat(provinces, authority, serial(5)),
        None,
        _concat(provinces, authority, _digits(5), energy),
        _concat(provinces, authority, serial(4), st.sampled_from(_SPECIAL_SUFFIXES)),
        _concat(st.just("粤Z"), serial(4), st.sampled_from("港澳")),
        _concat(st.just("使"), _digits(6)),
    )


def x_plates__mutmut_16() -> st.SearchStrategy[str]:
    """Valid plates: ordinary, new-energy (small and large), special series, embassy.

    Examples:
        >>> from hypothesis import given, settings
        >>> @settings(max_examples=5, deadline=None)
        ... @given(plates())
        ... def check(value):
        ...     assert plate.validate(value) == value
        >>> check()
    """
    provinces = st.sampled_from(sorted(plate.PROVINCES))
    authority = st.sampled_from(_PLATE_LETTERS)
    energy = st.sampled_from(_ENERGY_LETTERS)

    def serial(count: int) -> st.SearchStrategy[str]:
        return st.text(alphabet=_PLATE_SERIAL, min_size=count, max_size=count)

    return st.one_of(
        _concat(provinces, authority, serial(5)),
        _concat(provinces, authority, energy, serial(1), _digits(4)),
        None,
        _concat(provinces, authority, serial(4), st.sampled_from(_SPECIAL_SUFFIXES)),
        _concat(st.just("粤Z"), serial(4), st.sampled_from("港澳")),
        _concat(st.just("使"), _digits(6)),
    )


def x_plates__mutmut_17() -> st.SearchStrategy[str]:
    """Valid plates: ordinary, new-energy (small and large), special series, embassy.

    Examples:
        >>> from hypothesis import given, settings
        >>> @settings(max_examples=5, deadline=None)
        ... @given(plates())
        ... def check(value):
        ...     assert plate.validate(value) == value
        >>> check()
    """
    provinces = st.sampled_from(sorted(plate.PROVINCES))
    authority = st.sampled_from(_PLATE_LETTERS)
    energy = st.sampled_from(_ENERGY_LETTERS)

    def serial(count: int) -> st.SearchStrategy[str]:
        return st.text(alphabet=_PLATE_SERIAL, min_size=count, max_size=count)

    return st.one_of(
        _concat(provinces, authority, serial(5)),
        _concat(provinces, authority, energy, serial(1), _digits(4)),
        _concat(provinces, authority, _digits(5), energy),
        None,
        _concat(st.just("粤Z"), serial(4), st.sampled_from("港澳")),
        _concat(st.just("使"), _digits(6)),
    )


def x_plates__mutmut_18() -> st.SearchStrategy[str]:
    """Valid plates: ordinary, new-energy (small and large), special series, embassy.

    Examples:
        >>> from hypothesis import given, settings
        >>> @settings(max_examples=5, deadline=None)
        ... @given(plates())
        ... def check(value):
        ...     assert plate.validate(value) == value
        >>> check()
    """
    provinces = st.sampled_from(sorted(plate.PROVINCES))
    authority = st.sampled_from(_PLATE_LETTERS)
    energy = st.sampled_from(_ENERGY_LETTERS)

    def serial(count: int) -> st.SearchStrategy[str]:
        return st.text(alphabet=_PLATE_SERIAL, min_size=count, max_size=count)

    return st.one_of(
        _concat(provinces, authority, serial(5)),
        _concat(provinces, authority, energy, serial(1), _digits(4)),
        _concat(provinces, authority, _digits(5), energy),
        _concat(provinces, authority, serial(4), st.sampled_from(_SPECIAL_SUFFIXES)),
        None,
        _concat(st.just("使"), _digits(6)),
    )


def x_plates__mutmut_19() -> st.SearchStrategy[str]:
    """Valid plates: ordinary, new-energy (small and large), special series, embassy.

    Examples:
        >>> from hypothesis import given, settings
        >>> @settings(max_examples=5, deadline=None)
        ... @given(plates())
        ... def check(value):
        ...     assert plate.validate(value) == value
        >>> check()
    """
    provinces = st.sampled_from(sorted(plate.PROVINCES))
    authority = st.sampled_from(_PLATE_LETTERS)
    energy = st.sampled_from(_ENERGY_LETTERS)

    def serial(count: int) -> st.SearchStrategy[str]:
        return st.text(alphabet=_PLATE_SERIAL, min_size=count, max_size=count)

    return st.one_of(
        _concat(provinces, authority, serial(5)),
        _concat(provinces, authority, energy, serial(1), _digits(4)),
        _concat(provinces, authority, _digits(5), energy),
        _concat(provinces, authority, serial(4), st.sampled_from(_SPECIAL_SUFFIXES)),
        _concat(st.just("粤Z"), serial(4), st.sampled_from("港澳")),
        None,
    )


def x_plates__mutmut_20() -> st.SearchStrategy[str]:
    """Valid plates: ordinary, new-energy (small and large), special series, embassy.

    Examples:
        >>> from hypothesis import given, settings
        >>> @settings(max_examples=5, deadline=None)
        ... @given(plates())
        ... def check(value):
        ...     assert plate.validate(value) == value
        >>> check()
    """
    provinces = st.sampled_from(sorted(plate.PROVINCES))
    authority = st.sampled_from(_PLATE_LETTERS)
    energy = st.sampled_from(_ENERGY_LETTERS)

    def serial(count: int) -> st.SearchStrategy[str]:
        return st.text(alphabet=_PLATE_SERIAL, min_size=count, max_size=count)

    return st.one_of(
        _concat(provinces, authority, energy, serial(1), _digits(4)),
        _concat(provinces, authority, _digits(5), energy),
        _concat(provinces, authority, serial(4), st.sampled_from(_SPECIAL_SUFFIXES)),
        _concat(st.just("粤Z"), serial(4), st.sampled_from("港澳")),
        _concat(st.just("使"), _digits(6)),
    )


def x_plates__mutmut_21() -> st.SearchStrategy[str]:
    """Valid plates: ordinary, new-energy (small and large), special series, embassy.

    Examples:
        >>> from hypothesis import given, settings
        >>> @settings(max_examples=5, deadline=None)
        ... @given(plates())
        ... def check(value):
        ...     assert plate.validate(value) == value
        >>> check()
    """
    provinces = st.sampled_from(sorted(plate.PROVINCES))
    authority = st.sampled_from(_PLATE_LETTERS)
    energy = st.sampled_from(_ENERGY_LETTERS)

    def serial(count: int) -> st.SearchStrategy[str]:
        return st.text(alphabet=_PLATE_SERIAL, min_size=count, max_size=count)

    return st.one_of(
        _concat(provinces, authority, serial(5)),
        _concat(provinces, authority, _digits(5), energy),
        _concat(provinces, authority, serial(4), st.sampled_from(_SPECIAL_SUFFIXES)),
        _concat(st.just("粤Z"), serial(4), st.sampled_from("港澳")),
        _concat(st.just("使"), _digits(6)),
    )


def x_plates__mutmut_22() -> st.SearchStrategy[str]:
    """Valid plates: ordinary, new-energy (small and large), special series, embassy.

    Examples:
        >>> from hypothesis import given, settings
        >>> @settings(max_examples=5, deadline=None)
        ... @given(plates())
        ... def check(value):
        ...     assert plate.validate(value) == value
        >>> check()
    """
    provinces = st.sampled_from(sorted(plate.PROVINCES))
    authority = st.sampled_from(_PLATE_LETTERS)
    energy = st.sampled_from(_ENERGY_LETTERS)

    def serial(count: int) -> st.SearchStrategy[str]:
        return st.text(alphabet=_PLATE_SERIAL, min_size=count, max_size=count)

    return st.one_of(
        _concat(provinces, authority, serial(5)),
        _concat(provinces, authority, energy, serial(1), _digits(4)),
        _concat(provinces, authority, serial(4), st.sampled_from(_SPECIAL_SUFFIXES)),
        _concat(st.just("粤Z"), serial(4), st.sampled_from("港澳")),
        _concat(st.just("使"), _digits(6)),
    )


def x_plates__mutmut_23() -> st.SearchStrategy[str]:
    """Valid plates: ordinary, new-energy (small and large), special series, embassy.

    Examples:
        >>> from hypothesis import given, settings
        >>> @settings(max_examples=5, deadline=None)
        ... @given(plates())
        ... def check(value):
        ...     assert plate.validate(value) == value
        >>> check()
    """
    provinces = st.sampled_from(sorted(plate.PROVINCES))
    authority = st.sampled_from(_PLATE_LETTERS)
    energy = st.sampled_from(_ENERGY_LETTERS)

    def serial(count: int) -> st.SearchStrategy[str]:
        return st.text(alphabet=_PLATE_SERIAL, min_size=count, max_size=count)

    return st.one_of(
        _concat(provinces, authority, serial(5)),
        _concat(provinces, authority, energy, serial(1), _digits(4)),
        _concat(provinces, authority, _digits(5), energy),
        _concat(st.just("粤Z"), serial(4), st.sampled_from("港澳")),
        _concat(st.just("使"), _digits(6)),
    )


def x_plates__mutmut_24() -> st.SearchStrategy[str]:
    """Valid plates: ordinary, new-energy (small and large), special series, embassy.

    Examples:
        >>> from hypothesis import given, settings
        >>> @settings(max_examples=5, deadline=None)
        ... @given(plates())
        ... def check(value):
        ...     assert plate.validate(value) == value
        >>> check()
    """
    provinces = st.sampled_from(sorted(plate.PROVINCES))
    authority = st.sampled_from(_PLATE_LETTERS)
    energy = st.sampled_from(_ENERGY_LETTERS)

    def serial(count: int) -> st.SearchStrategy[str]:
        return st.text(alphabet=_PLATE_SERIAL, min_size=count, max_size=count)

    return st.one_of(
        _concat(provinces, authority, serial(5)),
        _concat(provinces, authority, energy, serial(1), _digits(4)),
        _concat(provinces, authority, _digits(5), energy),
        _concat(provinces, authority, serial(4), st.sampled_from(_SPECIAL_SUFFIXES)),
        _concat(st.just("使"), _digits(6)),
    )


def x_plates__mutmut_25() -> st.SearchStrategy[str]:
    """Valid plates: ordinary, new-energy (small and large), special series, embassy.

    Examples:
        >>> from hypothesis import given, settings
        >>> @settings(max_examples=5, deadline=None)
        ... @given(plates())
        ... def check(value):
        ...     assert plate.validate(value) == value
        >>> check()
    """
    provinces = st.sampled_from(sorted(plate.PROVINCES))
    authority = st.sampled_from(_PLATE_LETTERS)
    energy = st.sampled_from(_ENERGY_LETTERS)

    def serial(count: int) -> st.SearchStrategy[str]:
        return st.text(alphabet=_PLATE_SERIAL, min_size=count, max_size=count)

    return st.one_of(
        _concat(provinces, authority, serial(5)),
        _concat(provinces, authority, energy, serial(1), _digits(4)),
        _concat(provinces, authority, _digits(5), energy),
        _concat(provinces, authority, serial(4), st.sampled_from(_SPECIAL_SUFFIXES)),
        _concat(st.just("粤Z"), serial(4), st.sampled_from("港澳")),
        )


def x_plates__mutmut_26() -> st.SearchStrategy[str]:
    """Valid plates: ordinary, new-energy (small and large), special series, embassy.

    Examples:
        >>> from hypothesis import given, settings
        >>> @settings(max_examples=5, deadline=None)
        ... @given(plates())
        ... def check(value):
        ...     assert plate.validate(value) == value
        >>> check()
    """
    provinces = st.sampled_from(sorted(plate.PROVINCES))
    authority = st.sampled_from(_PLATE_LETTERS)
    energy = st.sampled_from(_ENERGY_LETTERS)

    def serial(count: int) -> st.SearchStrategy[str]:
        return st.text(alphabet=_PLATE_SERIAL, min_size=count, max_size=count)

    return st.one_of(
        _concat(None, authority, serial(5)),
        _concat(provinces, authority, energy, serial(1), _digits(4)),
        _concat(provinces, authority, _digits(5), energy),
        _concat(provinces, authority, serial(4), st.sampled_from(_SPECIAL_SUFFIXES)),
        _concat(st.just("粤Z"), serial(4), st.sampled_from("港澳")),
        _concat(st.just("使"), _digits(6)),
    )


def x_plates__mutmut_27() -> st.SearchStrategy[str]:
    """Valid plates: ordinary, new-energy (small and large), special series, embassy.

    Examples:
        >>> from hypothesis import given, settings
        >>> @settings(max_examples=5, deadline=None)
        ... @given(plates())
        ... def check(value):
        ...     assert plate.validate(value) == value
        >>> check()
    """
    provinces = st.sampled_from(sorted(plate.PROVINCES))
    authority = st.sampled_from(_PLATE_LETTERS)
    energy = st.sampled_from(_ENERGY_LETTERS)

    def serial(count: int) -> st.SearchStrategy[str]:
        return st.text(alphabet=_PLATE_SERIAL, min_size=count, max_size=count)

    return st.one_of(
        _concat(provinces, None, serial(5)),
        _concat(provinces, authority, energy, serial(1), _digits(4)),
        _concat(provinces, authority, _digits(5), energy),
        _concat(provinces, authority, serial(4), st.sampled_from(_SPECIAL_SUFFIXES)),
        _concat(st.just("粤Z"), serial(4), st.sampled_from("港澳")),
        _concat(st.just("使"), _digits(6)),
    )


def x_plates__mutmut_28() -> st.SearchStrategy[str]:
    """Valid plates: ordinary, new-energy (small and large), special series, embassy.

    Examples:
        >>> from hypothesis import given, settings
        >>> @settings(max_examples=5, deadline=None)
        ... @given(plates())
        ... def check(value):
        ...     assert plate.validate(value) == value
        >>> check()
    """
    provinces = st.sampled_from(sorted(plate.PROVINCES))
    authority = st.sampled_from(_PLATE_LETTERS)
    energy = st.sampled_from(_ENERGY_LETTERS)

    def serial(count: int) -> st.SearchStrategy[str]:
        return st.text(alphabet=_PLATE_SERIAL, min_size=count, max_size=count)

    return st.one_of(
        _concat(provinces, authority, None),
        _concat(provinces, authority, energy, serial(1), _digits(4)),
        _concat(provinces, authority, _digits(5), energy),
        _concat(provinces, authority, serial(4), st.sampled_from(_SPECIAL_SUFFIXES)),
        _concat(st.just("粤Z"), serial(4), st.sampled_from("港澳")),
        _concat(st.just("使"), _digits(6)),
    )


def x_plates__mutmut_29() -> st.SearchStrategy[str]:
    """Valid plates: ordinary, new-energy (small and large), special series, embassy.

    Examples:
        >>> from hypothesis import given, settings
        >>> @settings(max_examples=5, deadline=None)
        ... @given(plates())
        ... def check(value):
        ...     assert plate.validate(value) == value
        >>> check()
    """
    provinces = st.sampled_from(sorted(plate.PROVINCES))
    authority = st.sampled_from(_PLATE_LETTERS)
    energy = st.sampled_from(_ENERGY_LETTERS)

    def serial(count: int) -> st.SearchStrategy[str]:
        return st.text(alphabet=_PLATE_SERIAL, min_size=count, max_size=count)

    return st.one_of(
        _concat(authority, serial(5)),
        _concat(provinces, authority, energy, serial(1), _digits(4)),
        _concat(provinces, authority, _digits(5), energy),
        _concat(provinces, authority, serial(4), st.sampled_from(_SPECIAL_SUFFIXES)),
        _concat(st.just("粤Z"), serial(4), st.sampled_from("港澳")),
        _concat(st.just("使"), _digits(6)),
    )


def x_plates__mutmut_30() -> st.SearchStrategy[str]:
    """Valid plates: ordinary, new-energy (small and large), special series, embassy.

    Examples:
        >>> from hypothesis import given, settings
        >>> @settings(max_examples=5, deadline=None)
        ... @given(plates())
        ... def check(value):
        ...     assert plate.validate(value) == value
        >>> check()
    """
    provinces = st.sampled_from(sorted(plate.PROVINCES))
    authority = st.sampled_from(_PLATE_LETTERS)
    energy = st.sampled_from(_ENERGY_LETTERS)

    def serial(count: int) -> st.SearchStrategy[str]:
        return st.text(alphabet=_PLATE_SERIAL, min_size=count, max_size=count)

    return st.one_of(
        _concat(provinces, serial(5)),
        _concat(provinces, authority, energy, serial(1), _digits(4)),
        _concat(provinces, authority, _digits(5), energy),
        _concat(provinces, authority, serial(4), st.sampled_from(_SPECIAL_SUFFIXES)),
        _concat(st.just("粤Z"), serial(4), st.sampled_from("港澳")),
        _concat(st.just("使"), _digits(6)),
    )


def x_plates__mutmut_31() -> st.SearchStrategy[str]:
    """Valid plates: ordinary, new-energy (small and large), special series, embassy.

    Examples:
        >>> from hypothesis import given, settings
        >>> @settings(max_examples=5, deadline=None)
        ... @given(plates())
        ... def check(value):
        ...     assert plate.validate(value) == value
        >>> check()
    """
    provinces = st.sampled_from(sorted(plate.PROVINCES))
    authority = st.sampled_from(_PLATE_LETTERS)
    energy = st.sampled_from(_ENERGY_LETTERS)

    def serial(count: int) -> st.SearchStrategy[str]:
        return st.text(alphabet=_PLATE_SERIAL, min_size=count, max_size=count)

    return st.one_of(
        _concat(provinces, authority, ),
        _concat(provinces, authority, energy, serial(1), _digits(4)),
        _concat(provinces, authority, _digits(5), energy),
        _concat(provinces, authority, serial(4), st.sampled_from(_SPECIAL_SUFFIXES)),
        _concat(st.just("粤Z"), serial(4), st.sampled_from("港澳")),
        _concat(st.just("使"), _digits(6)),
    )


def x_plates__mutmut_32() -> st.SearchStrategy[str]:
    """Valid plates: ordinary, new-energy (small and large), special series, embassy.

    Examples:
        >>> from hypothesis import given, settings
        >>> @settings(max_examples=5, deadline=None)
        ... @given(plates())
        ... def check(value):
        ...     assert plate.validate(value) == value
        >>> check()
    """
    provinces = st.sampled_from(sorted(plate.PROVINCES))
    authority = st.sampled_from(_PLATE_LETTERS)
    energy = st.sampled_from(_ENERGY_LETTERS)

    def serial(count: int) -> st.SearchStrategy[str]:
        return st.text(alphabet=_PLATE_SERIAL, min_size=count, max_size=count)

    return st.one_of(
        _concat(provinces, authority, serial(None)),
        _concat(provinces, authority, energy, serial(1), _digits(4)),
        _concat(provinces, authority, _digits(5), energy),
        _concat(provinces, authority, serial(4), st.sampled_from(_SPECIAL_SUFFIXES)),
        _concat(st.just("粤Z"), serial(4), st.sampled_from("港澳")),
        _concat(st.just("使"), _digits(6)),
    )


def x_plates__mutmut_33() -> st.SearchStrategy[str]:
    """Valid plates: ordinary, new-energy (small and large), special series, embassy.

    Examples:
        >>> from hypothesis import given, settings
        >>> @settings(max_examples=5, deadline=None)
        ... @given(plates())
        ... def check(value):
        ...     assert plate.validate(value) == value
        >>> check()
    """
    provinces = st.sampled_from(sorted(plate.PROVINCES))
    authority = st.sampled_from(_PLATE_LETTERS)
    energy = st.sampled_from(_ENERGY_LETTERS)

    def serial(count: int) -> st.SearchStrategy[str]:
        return st.text(alphabet=_PLATE_SERIAL, min_size=count, max_size=count)

    return st.one_of(
        _concat(provinces, authority, serial(6)),
        _concat(provinces, authority, energy, serial(1), _digits(4)),
        _concat(provinces, authority, _digits(5), energy),
        _concat(provinces, authority, serial(4), st.sampled_from(_SPECIAL_SUFFIXES)),
        _concat(st.just("粤Z"), serial(4), st.sampled_from("港澳")),
        _concat(st.just("使"), _digits(6)),
    )


def x_plates__mutmut_34() -> st.SearchStrategy[str]:
    """Valid plates: ordinary, new-energy (small and large), special series, embassy.

    Examples:
        >>> from hypothesis import given, settings
        >>> @settings(max_examples=5, deadline=None)
        ... @given(plates())
        ... def check(value):
        ...     assert plate.validate(value) == value
        >>> check()
    """
    provinces = st.sampled_from(sorted(plate.PROVINCES))
    authority = st.sampled_from(_PLATE_LETTERS)
    energy = st.sampled_from(_ENERGY_LETTERS)

    def serial(count: int) -> st.SearchStrategy[str]:
        return st.text(alphabet=_PLATE_SERIAL, min_size=count, max_size=count)

    return st.one_of(
        _concat(provinces, authority, serial(5)),
        _concat(None, authority, energy, serial(1), _digits(4)),
        _concat(provinces, authority, _digits(5), energy),
        _concat(provinces, authority, serial(4), st.sampled_from(_SPECIAL_SUFFIXES)),
        _concat(st.just("粤Z"), serial(4), st.sampled_from("港澳")),
        _concat(st.just("使"), _digits(6)),
    )


def x_plates__mutmut_35() -> st.SearchStrategy[str]:
    """Valid plates: ordinary, new-energy (small and large), special series, embassy.

    Examples:
        >>> from hypothesis import given, settings
        >>> @settings(max_examples=5, deadline=None)
        ... @given(plates())
        ... def check(value):
        ...     assert plate.validate(value) == value
        >>> check()
    """
    provinces = st.sampled_from(sorted(plate.PROVINCES))
    authority = st.sampled_from(_PLATE_LETTERS)
    energy = st.sampled_from(_ENERGY_LETTERS)

    def serial(count: int) -> st.SearchStrategy[str]:
        return st.text(alphabet=_PLATE_SERIAL, min_size=count, max_size=count)

    return st.one_of(
        _concat(provinces, authority, serial(5)),
        _concat(provinces, None, energy, serial(1), _digits(4)),
        _concat(provinces, authority, _digits(5), energy),
        _concat(provinces, authority, serial(4), st.sampled_from(_SPECIAL_SUFFIXES)),
        _concat(st.just("粤Z"), serial(4), st.sampled_from("港澳")),
        _concat(st.just("使"), _digits(6)),
    )


def x_plates__mutmut_36() -> st.SearchStrategy[str]:
    """Valid plates: ordinary, new-energy (small and large), special series, embassy.

    Examples:
        >>> from hypothesis import given, settings
        >>> @settings(max_examples=5, deadline=None)
        ... @given(plates())
        ... def check(value):
        ...     assert plate.validate(value) == value
        >>> check()
    """
    provinces = st.sampled_from(sorted(plate.PROVINCES))
    authority = st.sampled_from(_PLATE_LETTERS)
    energy = st.sampled_from(_ENERGY_LETTERS)

    def serial(count: int) -> st.SearchStrategy[str]:
        return st.text(alphabet=_PLATE_SERIAL, min_size=count, max_size=count)

    return st.one_of(
        _concat(provinces, authority, serial(5)),
        _concat(provinces, authority, None, serial(1), _digits(4)),
        _concat(provinces, authority, _digits(5), energy),
        _concat(provinces, authority, serial(4), st.sampled_from(_SPECIAL_SUFFIXES)),
        _concat(st.just("粤Z"), serial(4), st.sampled_from("港澳")),
        _concat(st.just("使"), _digits(6)),
    )


def x_plates__mutmut_37() -> st.SearchStrategy[str]:
    """Valid plates: ordinary, new-energy (small and large), special series, embassy.

    Examples:
        >>> from hypothesis import given, settings
        >>> @settings(max_examples=5, deadline=None)
        ... @given(plates())
        ... def check(value):
        ...     assert plate.validate(value) == value
        >>> check()
    """
    provinces = st.sampled_from(sorted(plate.PROVINCES))
    authority = st.sampled_from(_PLATE_LETTERS)
    energy = st.sampled_from(_ENERGY_LETTERS)

    def serial(count: int) -> st.SearchStrategy[str]:
        return st.text(alphabet=_PLATE_SERIAL, min_size=count, max_size=count)

    return st.one_of(
        _concat(provinces, authority, serial(5)),
        _concat(provinces, authority, energy, None, _digits(4)),
        _concat(provinces, authority, _digits(5), energy),
        _concat(provinces, authority, serial(4), st.sampled_from(_SPECIAL_SUFFIXES)),
        _concat(st.just("粤Z"), serial(4), st.sampled_from("港澳")),
        _concat(st.just("使"), _digits(6)),
    )


def x_plates__mutmut_38() -> st.SearchStrategy[str]:
    """Valid plates: ordinary, new-energy (small and large), special series, embassy.

    Examples:
        >>> from hypothesis import given, settings
        >>> @settings(max_examples=5, deadline=None)
        ... @given(plates())
        ... def check(value):
        ...     assert plate.validate(value) == value
        >>> check()
    """
    provinces = st.sampled_from(sorted(plate.PROVINCES))
    authority = st.sampled_from(_PLATE_LETTERS)
    energy = st.sampled_from(_ENERGY_LETTERS)

    def serial(count: int) -> st.SearchStrategy[str]:
        return st.text(alphabet=_PLATE_SERIAL, min_size=count, max_size=count)

    return st.one_of(
        _concat(provinces, authority, serial(5)),
        _concat(provinces, authority, energy, serial(1), None),
        _concat(provinces, authority, _digits(5), energy),
        _concat(provinces, authority, serial(4), st.sampled_from(_SPECIAL_SUFFIXES)),
        _concat(st.just("粤Z"), serial(4), st.sampled_from("港澳")),
        _concat(st.just("使"), _digits(6)),
    )


def x_plates__mutmut_39() -> st.SearchStrategy[str]:
    """Valid plates: ordinary, new-energy (small and large), special series, embassy.

    Examples:
        >>> from hypothesis import given, settings
        >>> @settings(max_examples=5, deadline=None)
        ... @given(plates())
        ... def check(value):
        ...     assert plate.validate(value) == value
        >>> check()
    """
    provinces = st.sampled_from(sorted(plate.PROVINCES))
    authority = st.sampled_from(_PLATE_LETTERS)
    energy = st.sampled_from(_ENERGY_LETTERS)

    def serial(count: int) -> st.SearchStrategy[str]:
        return st.text(alphabet=_PLATE_SERIAL, min_size=count, max_size=count)

    return st.one_of(
        _concat(provinces, authority, serial(5)),
        _concat(authority, energy, serial(1), _digits(4)),
        _concat(provinces, authority, _digits(5), energy),
        _concat(provinces, authority, serial(4), st.sampled_from(_SPECIAL_SUFFIXES)),
        _concat(st.just("粤Z"), serial(4), st.sampled_from("港澳")),
        _concat(st.just("使"), _digits(6)),
    )


def x_plates__mutmut_40() -> st.SearchStrategy[str]:
    """Valid plates: ordinary, new-energy (small and large), special series, embassy.

    Examples:
        >>> from hypothesis import given, settings
        >>> @settings(max_examples=5, deadline=None)
        ... @given(plates())
        ... def check(value):
        ...     assert plate.validate(value) == value
        >>> check()
    """
    provinces = st.sampled_from(sorted(plate.PROVINCES))
    authority = st.sampled_from(_PLATE_LETTERS)
    energy = st.sampled_from(_ENERGY_LETTERS)

    def serial(count: int) -> st.SearchStrategy[str]:
        return st.text(alphabet=_PLATE_SERIAL, min_size=count, max_size=count)

    return st.one_of(
        _concat(provinces, authority, serial(5)),
        _concat(provinces, energy, serial(1), _digits(4)),
        _concat(provinces, authority, _digits(5), energy),
        _concat(provinces, authority, serial(4), st.sampled_from(_SPECIAL_SUFFIXES)),
        _concat(st.just("粤Z"), serial(4), st.sampled_from("港澳")),
        _concat(st.just("使"), _digits(6)),
    )


def x_plates__mutmut_41() -> st.SearchStrategy[str]:
    """Valid plates: ordinary, new-energy (small and large), special series, embassy.

    Examples:
        >>> from hypothesis import given, settings
        >>> @settings(max_examples=5, deadline=None)
        ... @given(plates())
        ... def check(value):
        ...     assert plate.validate(value) == value
        >>> check()
    """
    provinces = st.sampled_from(sorted(plate.PROVINCES))
    authority = st.sampled_from(_PLATE_LETTERS)
    energy = st.sampled_from(_ENERGY_LETTERS)

    def serial(count: int) -> st.SearchStrategy[str]:
        return st.text(alphabet=_PLATE_SERIAL, min_size=count, max_size=count)

    return st.one_of(
        _concat(provinces, authority, serial(5)),
        _concat(provinces, authority, serial(1), _digits(4)),
        _concat(provinces, authority, _digits(5), energy),
        _concat(provinces, authority, serial(4), st.sampled_from(_SPECIAL_SUFFIXES)),
        _concat(st.just("粤Z"), serial(4), st.sampled_from("港澳")),
        _concat(st.just("使"), _digits(6)),
    )


def x_plates__mutmut_42() -> st.SearchStrategy[str]:
    """Valid plates: ordinary, new-energy (small and large), special series, embassy.

    Examples:
        >>> from hypothesis import given, settings
        >>> @settings(max_examples=5, deadline=None)
        ... @given(plates())
        ... def check(value):
        ...     assert plate.validate(value) == value
        >>> check()
    """
    provinces = st.sampled_from(sorted(plate.PROVINCES))
    authority = st.sampled_from(_PLATE_LETTERS)
    energy = st.sampled_from(_ENERGY_LETTERS)

    def serial(count: int) -> st.SearchStrategy[str]:
        return st.text(alphabet=_PLATE_SERIAL, min_size=count, max_size=count)

    return st.one_of(
        _concat(provinces, authority, serial(5)),
        _concat(provinces, authority, energy, _digits(4)),
        _concat(provinces, authority, _digits(5), energy),
        _concat(provinces, authority, serial(4), st.sampled_from(_SPECIAL_SUFFIXES)),
        _concat(st.just("粤Z"), serial(4), st.sampled_from("港澳")),
        _concat(st.just("使"), _digits(6)),
    )


def x_plates__mutmut_43() -> st.SearchStrategy[str]:
    """Valid plates: ordinary, new-energy (small and large), special series, embassy.

    Examples:
        >>> from hypothesis import given, settings
        >>> @settings(max_examples=5, deadline=None)
        ... @given(plates())
        ... def check(value):
        ...     assert plate.validate(value) == value
        >>> check()
    """
    provinces = st.sampled_from(sorted(plate.PROVINCES))
    authority = st.sampled_from(_PLATE_LETTERS)
    energy = st.sampled_from(_ENERGY_LETTERS)

    def serial(count: int) -> st.SearchStrategy[str]:
        return st.text(alphabet=_PLATE_SERIAL, min_size=count, max_size=count)

    return st.one_of(
        _concat(provinces, authority, serial(5)),
        _concat(provinces, authority, energy, serial(1), ),
        _concat(provinces, authority, _digits(5), energy),
        _concat(provinces, authority, serial(4), st.sampled_from(_SPECIAL_SUFFIXES)),
        _concat(st.just("粤Z"), serial(4), st.sampled_from("港澳")),
        _concat(st.just("使"), _digits(6)),
    )


def x_plates__mutmut_44() -> st.SearchStrategy[str]:
    """Valid plates: ordinary, new-energy (small and large), special series, embassy.

    Examples:
        >>> from hypothesis import given, settings
        >>> @settings(max_examples=5, deadline=None)
        ... @given(plates())
        ... def check(value):
        ...     assert plate.validate(value) == value
        >>> check()
    """
    provinces = st.sampled_from(sorted(plate.PROVINCES))
    authority = st.sampled_from(_PLATE_LETTERS)
    energy = st.sampled_from(_ENERGY_LETTERS)

    def serial(count: int) -> st.SearchStrategy[str]:
        return st.text(alphabet=_PLATE_SERIAL, min_size=count, max_size=count)

    return st.one_of(
        _concat(provinces, authority, serial(5)),
        _concat(provinces, authority, energy, serial(None), _digits(4)),
        _concat(provinces, authority, _digits(5), energy),
        _concat(provinces, authority, serial(4), st.sampled_from(_SPECIAL_SUFFIXES)),
        _concat(st.just("粤Z"), serial(4), st.sampled_from("港澳")),
        _concat(st.just("使"), _digits(6)),
    )


def x_plates__mutmut_45() -> st.SearchStrategy[str]:
    """Valid plates: ordinary, new-energy (small and large), special series, embassy.

    Examples:
        >>> from hypothesis import given, settings
        >>> @settings(max_examples=5, deadline=None)
        ... @given(plates())
        ... def check(value):
        ...     assert plate.validate(value) == value
        >>> check()
    """
    provinces = st.sampled_from(sorted(plate.PROVINCES))
    authority = st.sampled_from(_PLATE_LETTERS)
    energy = st.sampled_from(_ENERGY_LETTERS)

    def serial(count: int) -> st.SearchStrategy[str]:
        return st.text(alphabet=_PLATE_SERIAL, min_size=count, max_size=count)

    return st.one_of(
        _concat(provinces, authority, serial(5)),
        _concat(provinces, authority, energy, serial(2), _digits(4)),
        _concat(provinces, authority, _digits(5), energy),
        _concat(provinces, authority, serial(4), st.sampled_from(_SPECIAL_SUFFIXES)),
        _concat(st.just("粤Z"), serial(4), st.sampled_from("港澳")),
        _concat(st.just("使"), _digits(6)),
    )


def x_plates__mutmut_46() -> st.SearchStrategy[str]:
    """Valid plates: ordinary, new-energy (small and large), special series, embassy.

    Examples:
        >>> from hypothesis import given, settings
        >>> @settings(max_examples=5, deadline=None)
        ... @given(plates())
        ... def check(value):
        ...     assert plate.validate(value) == value
        >>> check()
    """
    provinces = st.sampled_from(sorted(plate.PROVINCES))
    authority = st.sampled_from(_PLATE_LETTERS)
    energy = st.sampled_from(_ENERGY_LETTERS)

    def serial(count: int) -> st.SearchStrategy[str]:
        return st.text(alphabet=_PLATE_SERIAL, min_size=count, max_size=count)

    return st.one_of(
        _concat(provinces, authority, serial(5)),
        _concat(provinces, authority, energy, serial(1), _digits(None)),
        _concat(provinces, authority, _digits(5), energy),
        _concat(provinces, authority, serial(4), st.sampled_from(_SPECIAL_SUFFIXES)),
        _concat(st.just("粤Z"), serial(4), st.sampled_from("港澳")),
        _concat(st.just("使"), _digits(6)),
    )


def x_plates__mutmut_47() -> st.SearchStrategy[str]:
    """Valid plates: ordinary, new-energy (small and large), special series, embassy.

    Examples:
        >>> from hypothesis import given, settings
        >>> @settings(max_examples=5, deadline=None)
        ... @given(plates())
        ... def check(value):
        ...     assert plate.validate(value) == value
        >>> check()
    """
    provinces = st.sampled_from(sorted(plate.PROVINCES))
    authority = st.sampled_from(_PLATE_LETTERS)
    energy = st.sampled_from(_ENERGY_LETTERS)

    def serial(count: int) -> st.SearchStrategy[str]:
        return st.text(alphabet=_PLATE_SERIAL, min_size=count, max_size=count)

    return st.one_of(
        _concat(provinces, authority, serial(5)),
        _concat(provinces, authority, energy, serial(1), _digits(5)),
        _concat(provinces, authority, _digits(5), energy),
        _concat(provinces, authority, serial(4), st.sampled_from(_SPECIAL_SUFFIXES)),
        _concat(st.just("粤Z"), serial(4), st.sampled_from("港澳")),
        _concat(st.just("使"), _digits(6)),
    )


def x_plates__mutmut_48() -> st.SearchStrategy[str]:
    """Valid plates: ordinary, new-energy (small and large), special series, embassy.

    Examples:
        >>> from hypothesis import given, settings
        >>> @settings(max_examples=5, deadline=None)
        ... @given(plates())
        ... def check(value):
        ...     assert plate.validate(value) == value
        >>> check()
    """
    provinces = st.sampled_from(sorted(plate.PROVINCES))
    authority = st.sampled_from(_PLATE_LETTERS)
    energy = st.sampled_from(_ENERGY_LETTERS)

    def serial(count: int) -> st.SearchStrategy[str]:
        return st.text(alphabet=_PLATE_SERIAL, min_size=count, max_size=count)

    return st.one_of(
        _concat(provinces, authority, serial(5)),
        _concat(provinces, authority, energy, serial(1), _digits(4)),
        _concat(None, authority, _digits(5), energy),
        _concat(provinces, authority, serial(4), st.sampled_from(_SPECIAL_SUFFIXES)),
        _concat(st.just("粤Z"), serial(4), st.sampled_from("港澳")),
        _concat(st.just("使"), _digits(6)),
    )


def x_plates__mutmut_49() -> st.SearchStrategy[str]:
    """Valid plates: ordinary, new-energy (small and large), special series, embassy.

    Examples:
        >>> from hypothesis import given, settings
        >>> @settings(max_examples=5, deadline=None)
        ... @given(plates())
        ... def check(value):
        ...     assert plate.validate(value) == value
        >>> check()
    """
    provinces = st.sampled_from(sorted(plate.PROVINCES))
    authority = st.sampled_from(_PLATE_LETTERS)
    energy = st.sampled_from(_ENERGY_LETTERS)

    def serial(count: int) -> st.SearchStrategy[str]:
        return st.text(alphabet=_PLATE_SERIAL, min_size=count, max_size=count)

    return st.one_of(
        _concat(provinces, authority, serial(5)),
        _concat(provinces, authority, energy, serial(1), _digits(4)),
        _concat(provinces, None, _digits(5), energy),
        _concat(provinces, authority, serial(4), st.sampled_from(_SPECIAL_SUFFIXES)),
        _concat(st.just("粤Z"), serial(4), st.sampled_from("港澳")),
        _concat(st.just("使"), _digits(6)),
    )


def x_plates__mutmut_50() -> st.SearchStrategy[str]:
    """Valid plates: ordinary, new-energy (small and large), special series, embassy.

    Examples:
        >>> from hypothesis import given, settings
        >>> @settings(max_examples=5, deadline=None)
        ... @given(plates())
        ... def check(value):
        ...     assert plate.validate(value) == value
        >>> check()
    """
    provinces = st.sampled_from(sorted(plate.PROVINCES))
    authority = st.sampled_from(_PLATE_LETTERS)
    energy = st.sampled_from(_ENERGY_LETTERS)

    def serial(count: int) -> st.SearchStrategy[str]:
        return st.text(alphabet=_PLATE_SERIAL, min_size=count, max_size=count)

    return st.one_of(
        _concat(provinces, authority, serial(5)),
        _concat(provinces, authority, energy, serial(1), _digits(4)),
        _concat(provinces, authority, None, energy),
        _concat(provinces, authority, serial(4), st.sampled_from(_SPECIAL_SUFFIXES)),
        _concat(st.just("粤Z"), serial(4), st.sampled_from("港澳")),
        _concat(st.just("使"), _digits(6)),
    )


def x_plates__mutmut_51() -> st.SearchStrategy[str]:
    """Valid plates: ordinary, new-energy (small and large), special series, embassy.

    Examples:
        >>> from hypothesis import given, settings
        >>> @settings(max_examples=5, deadline=None)
        ... @given(plates())
        ... def check(value):
        ...     assert plate.validate(value) == value
        >>> check()
    """
    provinces = st.sampled_from(sorted(plate.PROVINCES))
    authority = st.sampled_from(_PLATE_LETTERS)
    energy = st.sampled_from(_ENERGY_LETTERS)

    def serial(count: int) -> st.SearchStrategy[str]:
        return st.text(alphabet=_PLATE_SERIAL, min_size=count, max_size=count)

    return st.one_of(
        _concat(provinces, authority, serial(5)),
        _concat(provinces, authority, energy, serial(1), _digits(4)),
        _concat(provinces, authority, _digits(5), None),
        _concat(provinces, authority, serial(4), st.sampled_from(_SPECIAL_SUFFIXES)),
        _concat(st.just("粤Z"), serial(4), st.sampled_from("港澳")),
        _concat(st.just("使"), _digits(6)),
    )


def x_plates__mutmut_52() -> st.SearchStrategy[str]:
    """Valid plates: ordinary, new-energy (small and large), special series, embassy.

    Examples:
        >>> from hypothesis import given, settings
        >>> @settings(max_examples=5, deadline=None)
        ... @given(plates())
        ... def check(value):
        ...     assert plate.validate(value) == value
        >>> check()
    """
    provinces = st.sampled_from(sorted(plate.PROVINCES))
    authority = st.sampled_from(_PLATE_LETTERS)
    energy = st.sampled_from(_ENERGY_LETTERS)

    def serial(count: int) -> st.SearchStrategy[str]:
        return st.text(alphabet=_PLATE_SERIAL, min_size=count, max_size=count)

    return st.one_of(
        _concat(provinces, authority, serial(5)),
        _concat(provinces, authority, energy, serial(1), _digits(4)),
        _concat(authority, _digits(5), energy),
        _concat(provinces, authority, serial(4), st.sampled_from(_SPECIAL_SUFFIXES)),
        _concat(st.just("粤Z"), serial(4), st.sampled_from("港澳")),
        _concat(st.just("使"), _digits(6)),
    )


def x_plates__mutmut_53() -> st.SearchStrategy[str]:
    """Valid plates: ordinary, new-energy (small and large), special series, embassy.

    Examples:
        >>> from hypothesis import given, settings
        >>> @settings(max_examples=5, deadline=None)
        ... @given(plates())
        ... def check(value):
        ...     assert plate.validate(value) == value
        >>> check()
    """
    provinces = st.sampled_from(sorted(plate.PROVINCES))
    authority = st.sampled_from(_PLATE_LETTERS)
    energy = st.sampled_from(_ENERGY_LETTERS)

    def serial(count: int) -> st.SearchStrategy[str]:
        return st.text(alphabet=_PLATE_SERIAL, min_size=count, max_size=count)

    return st.one_of(
        _concat(provinces, authority, serial(5)),
        _concat(provinces, authority, energy, serial(1), _digits(4)),
        _concat(provinces, _digits(5), energy),
        _concat(provinces, authority, serial(4), st.sampled_from(_SPECIAL_SUFFIXES)),
        _concat(st.just("粤Z"), serial(4), st.sampled_from("港澳")),
        _concat(st.just("使"), _digits(6)),
    )


def x_plates__mutmut_54() -> st.SearchStrategy[str]:
    """Valid plates: ordinary, new-energy (small and large), special series, embassy.

    Examples:
        >>> from hypothesis import given, settings
        >>> @settings(max_examples=5, deadline=None)
        ... @given(plates())
        ... def check(value):
        ...     assert plate.validate(value) == value
        >>> check()
    """
    provinces = st.sampled_from(sorted(plate.PROVINCES))
    authority = st.sampled_from(_PLATE_LETTERS)
    energy = st.sampled_from(_ENERGY_LETTERS)

    def serial(count: int) -> st.SearchStrategy[str]:
        return st.text(alphabet=_PLATE_SERIAL, min_size=count, max_size=count)

    return st.one_of(
        _concat(provinces, authority, serial(5)),
        _concat(provinces, authority, energy, serial(1), _digits(4)),
        _concat(provinces, authority, energy),
        _concat(provinces, authority, serial(4), st.sampled_from(_SPECIAL_SUFFIXES)),
        _concat(st.just("粤Z"), serial(4), st.sampled_from("港澳")),
        _concat(st.just("使"), _digits(6)),
    )


def x_plates__mutmut_55() -> st.SearchStrategy[str]:
    """Valid plates: ordinary, new-energy (small and large), special series, embassy.

    Examples:
        >>> from hypothesis import given, settings
        >>> @settings(max_examples=5, deadline=None)
        ... @given(plates())
        ... def check(value):
        ...     assert plate.validate(value) == value
        >>> check()
    """
    provinces = st.sampled_from(sorted(plate.PROVINCES))
    authority = st.sampled_from(_PLATE_LETTERS)
    energy = st.sampled_from(_ENERGY_LETTERS)

    def serial(count: int) -> st.SearchStrategy[str]:
        return st.text(alphabet=_PLATE_SERIAL, min_size=count, max_size=count)

    return st.one_of(
        _concat(provinces, authority, serial(5)),
        _concat(provinces, authority, energy, serial(1), _digits(4)),
        _concat(provinces, authority, _digits(5), ),
        _concat(provinces, authority, serial(4), st.sampled_from(_SPECIAL_SUFFIXES)),
        _concat(st.just("粤Z"), serial(4), st.sampled_from("港澳")),
        _concat(st.just("使"), _digits(6)),
    )


def x_plates__mutmut_56() -> st.SearchStrategy[str]:
    """Valid plates: ordinary, new-energy (small and large), special series, embassy.

    Examples:
        >>> from hypothesis import given, settings
        >>> @settings(max_examples=5, deadline=None)
        ... @given(plates())
        ... def check(value):
        ...     assert plate.validate(value) == value
        >>> check()
    """
    provinces = st.sampled_from(sorted(plate.PROVINCES))
    authority = st.sampled_from(_PLATE_LETTERS)
    energy = st.sampled_from(_ENERGY_LETTERS)

    def serial(count: int) -> st.SearchStrategy[str]:
        return st.text(alphabet=_PLATE_SERIAL, min_size=count, max_size=count)

    return st.one_of(
        _concat(provinces, authority, serial(5)),
        _concat(provinces, authority, energy, serial(1), _digits(4)),
        _concat(provinces, authority, _digits(None), energy),
        _concat(provinces, authority, serial(4), st.sampled_from(_SPECIAL_SUFFIXES)),
        _concat(st.just("粤Z"), serial(4), st.sampled_from("港澳")),
        _concat(st.just("使"), _digits(6)),
    )


def x_plates__mutmut_57() -> st.SearchStrategy[str]:
    """Valid plates: ordinary, new-energy (small and large), special series, embassy.

    Examples:
        >>> from hypothesis import given, settings
        >>> @settings(max_examples=5, deadline=None)
        ... @given(plates())
        ... def check(value):
        ...     assert plate.validate(value) == value
        >>> check()
    """
    provinces = st.sampled_from(sorted(plate.PROVINCES))
    authority = st.sampled_from(_PLATE_LETTERS)
    energy = st.sampled_from(_ENERGY_LETTERS)

    def serial(count: int) -> st.SearchStrategy[str]:
        return st.text(alphabet=_PLATE_SERIAL, min_size=count, max_size=count)

    return st.one_of(
        _concat(provinces, authority, serial(5)),
        _concat(provinces, authority, energy, serial(1), _digits(4)),
        _concat(provinces, authority, _digits(6), energy),
        _concat(provinces, authority, serial(4), st.sampled_from(_SPECIAL_SUFFIXES)),
        _concat(st.just("粤Z"), serial(4), st.sampled_from("港澳")),
        _concat(st.just("使"), _digits(6)),
    )


def x_plates__mutmut_58() -> st.SearchStrategy[str]:
    """Valid plates: ordinary, new-energy (small and large), special series, embassy.

    Examples:
        >>> from hypothesis import given, settings
        >>> @settings(max_examples=5, deadline=None)
        ... @given(plates())
        ... def check(value):
        ...     assert plate.validate(value) == value
        >>> check()
    """
    provinces = st.sampled_from(sorted(plate.PROVINCES))
    authority = st.sampled_from(_PLATE_LETTERS)
    energy = st.sampled_from(_ENERGY_LETTERS)

    def serial(count: int) -> st.SearchStrategy[str]:
        return st.text(alphabet=_PLATE_SERIAL, min_size=count, max_size=count)

    return st.one_of(
        _concat(provinces, authority, serial(5)),
        _concat(provinces, authority, energy, serial(1), _digits(4)),
        _concat(provinces, authority, _digits(5), energy),
        _concat(None, authority, serial(4), st.sampled_from(_SPECIAL_SUFFIXES)),
        _concat(st.just("粤Z"), serial(4), st.sampled_from("港澳")),
        _concat(st.just("使"), _digits(6)),
    )


def x_plates__mutmut_59() -> st.SearchStrategy[str]:
    """Valid plates: ordinary, new-energy (small and large), special series, embassy.

    Examples:
        >>> from hypothesis import given, settings
        >>> @settings(max_examples=5, deadline=None)
        ... @given(plates())
        ... def check(value):
        ...     assert plate.validate(value) == value
        >>> check()
    """
    provinces = st.sampled_from(sorted(plate.PROVINCES))
    authority = st.sampled_from(_PLATE_LETTERS)
    energy = st.sampled_from(_ENERGY_LETTERS)

    def serial(count: int) -> st.SearchStrategy[str]:
        return st.text(alphabet=_PLATE_SERIAL, min_size=count, max_size=count)

    return st.one_of(
        _concat(provinces, authority, serial(5)),
        _concat(provinces, authority, energy, serial(1), _digits(4)),
        _concat(provinces, authority, _digits(5), energy),
        _concat(provinces, None, serial(4), st.sampled_from(_SPECIAL_SUFFIXES)),
        _concat(st.just("粤Z"), serial(4), st.sampled_from("港澳")),
        _concat(st.just("使"), _digits(6)),
    )


def x_plates__mutmut_60() -> st.SearchStrategy[str]:
    """Valid plates: ordinary, new-energy (small and large), special series, embassy.

    Examples:
        >>> from hypothesis import given, settings
        >>> @settings(max_examples=5, deadline=None)
        ... @given(plates())
        ... def check(value):
        ...     assert plate.validate(value) == value
        >>> check()
    """
    provinces = st.sampled_from(sorted(plate.PROVINCES))
    authority = st.sampled_from(_PLATE_LETTERS)
    energy = st.sampled_from(_ENERGY_LETTERS)

    def serial(count: int) -> st.SearchStrategy[str]:
        return st.text(alphabet=_PLATE_SERIAL, min_size=count, max_size=count)

    return st.one_of(
        _concat(provinces, authority, serial(5)),
        _concat(provinces, authority, energy, serial(1), _digits(4)),
        _concat(provinces, authority, _digits(5), energy),
        _concat(provinces, authority, None, st.sampled_from(_SPECIAL_SUFFIXES)),
        _concat(st.just("粤Z"), serial(4), st.sampled_from("港澳")),
        _concat(st.just("使"), _digits(6)),
    )


def x_plates__mutmut_61() -> st.SearchStrategy[str]:
    """Valid plates: ordinary, new-energy (small and large), special series, embassy.

    Examples:
        >>> from hypothesis import given, settings
        >>> @settings(max_examples=5, deadline=None)
        ... @given(plates())
        ... def check(value):
        ...     assert plate.validate(value) == value
        >>> check()
    """
    provinces = st.sampled_from(sorted(plate.PROVINCES))
    authority = st.sampled_from(_PLATE_LETTERS)
    energy = st.sampled_from(_ENERGY_LETTERS)

    def serial(count: int) -> st.SearchStrategy[str]:
        return st.text(alphabet=_PLATE_SERIAL, min_size=count, max_size=count)

    return st.one_of(
        _concat(provinces, authority, serial(5)),
        _concat(provinces, authority, energy, serial(1), _digits(4)),
        _concat(provinces, authority, _digits(5), energy),
        _concat(provinces, authority, serial(4), None),
        _concat(st.just("粤Z"), serial(4), st.sampled_from("港澳")),
        _concat(st.just("使"), _digits(6)),
    )


def x_plates__mutmut_62() -> st.SearchStrategy[str]:
    """Valid plates: ordinary, new-energy (small and large), special series, embassy.

    Examples:
        >>> from hypothesis import given, settings
        >>> @settings(max_examples=5, deadline=None)
        ... @given(plates())
        ... def check(value):
        ...     assert plate.validate(value) == value
        >>> check()
    """
    provinces = st.sampled_from(sorted(plate.PROVINCES))
    authority = st.sampled_from(_PLATE_LETTERS)
    energy = st.sampled_from(_ENERGY_LETTERS)

    def serial(count: int) -> st.SearchStrategy[str]:
        return st.text(alphabet=_PLATE_SERIAL, min_size=count, max_size=count)

    return st.one_of(
        _concat(provinces, authority, serial(5)),
        _concat(provinces, authority, energy, serial(1), _digits(4)),
        _concat(provinces, authority, _digits(5), energy),
        _concat(authority, serial(4), st.sampled_from(_SPECIAL_SUFFIXES)),
        _concat(st.just("粤Z"), serial(4), st.sampled_from("港澳")),
        _concat(st.just("使"), _digits(6)),
    )


def x_plates__mutmut_63() -> st.SearchStrategy[str]:
    """Valid plates: ordinary, new-energy (small and large), special series, embassy.

    Examples:
        >>> from hypothesis import given, settings
        >>> @settings(max_examples=5, deadline=None)
        ... @given(plates())
        ... def check(value):
        ...     assert plate.validate(value) == value
        >>> check()
    """
    provinces = st.sampled_from(sorted(plate.PROVINCES))
    authority = st.sampled_from(_PLATE_LETTERS)
    energy = st.sampled_from(_ENERGY_LETTERS)

    def serial(count: int) -> st.SearchStrategy[str]:
        return st.text(alphabet=_PLATE_SERIAL, min_size=count, max_size=count)

    return st.one_of(
        _concat(provinces, authority, serial(5)),
        _concat(provinces, authority, energy, serial(1), _digits(4)),
        _concat(provinces, authority, _digits(5), energy),
        _concat(provinces, serial(4), st.sampled_from(_SPECIAL_SUFFIXES)),
        _concat(st.just("粤Z"), serial(4), st.sampled_from("港澳")),
        _concat(st.just("使"), _digits(6)),
    )


def x_plates__mutmut_64() -> st.SearchStrategy[str]:
    """Valid plates: ordinary, new-energy (small and large), special series, embassy.

    Examples:
        >>> from hypothesis import given, settings
        >>> @settings(max_examples=5, deadline=None)
        ... @given(plates())
        ... def check(value):
        ...     assert plate.validate(value) == value
        >>> check()
    """
    provinces = st.sampled_from(sorted(plate.PROVINCES))
    authority = st.sampled_from(_PLATE_LETTERS)
    energy = st.sampled_from(_ENERGY_LETTERS)

    def serial(count: int) -> st.SearchStrategy[str]:
        return st.text(alphabet=_PLATE_SERIAL, min_size=count, max_size=count)

    return st.one_of(
        _concat(provinces, authority, serial(5)),
        _concat(provinces, authority, energy, serial(1), _digits(4)),
        _concat(provinces, authority, _digits(5), energy),
        _concat(provinces, authority, st.sampled_from(_SPECIAL_SUFFIXES)),
        _concat(st.just("粤Z"), serial(4), st.sampled_from("港澳")),
        _concat(st.just("使"), _digits(6)),
    )


def x_plates__mutmut_65() -> st.SearchStrategy[str]:
    """Valid plates: ordinary, new-energy (small and large), special series, embassy.

    Examples:
        >>> from hypothesis import given, settings
        >>> @settings(max_examples=5, deadline=None)
        ... @given(plates())
        ... def check(value):
        ...     assert plate.validate(value) == value
        >>> check()
    """
    provinces = st.sampled_from(sorted(plate.PROVINCES))
    authority = st.sampled_from(_PLATE_LETTERS)
    energy = st.sampled_from(_ENERGY_LETTERS)

    def serial(count: int) -> st.SearchStrategy[str]:
        return st.text(alphabet=_PLATE_SERIAL, min_size=count, max_size=count)

    return st.one_of(
        _concat(provinces, authority, serial(5)),
        _concat(provinces, authority, energy, serial(1), _digits(4)),
        _concat(provinces, authority, _digits(5), energy),
        _concat(provinces, authority, serial(4), ),
        _concat(st.just("粤Z"), serial(4), st.sampled_from("港澳")),
        _concat(st.just("使"), _digits(6)),
    )


def x_plates__mutmut_66() -> st.SearchStrategy[str]:
    """Valid plates: ordinary, new-energy (small and large), special series, embassy.

    Examples:
        >>> from hypothesis import given, settings
        >>> @settings(max_examples=5, deadline=None)
        ... @given(plates())
        ... def check(value):
        ...     assert plate.validate(value) == value
        >>> check()
    """
    provinces = st.sampled_from(sorted(plate.PROVINCES))
    authority = st.sampled_from(_PLATE_LETTERS)
    energy = st.sampled_from(_ENERGY_LETTERS)

    def serial(count: int) -> st.SearchStrategy[str]:
        return st.text(alphabet=_PLATE_SERIAL, min_size=count, max_size=count)

    return st.one_of(
        _concat(provinces, authority, serial(5)),
        _concat(provinces, authority, energy, serial(1), _digits(4)),
        _concat(provinces, authority, _digits(5), energy),
        _concat(provinces, authority, serial(None), st.sampled_from(_SPECIAL_SUFFIXES)),
        _concat(st.just("粤Z"), serial(4), st.sampled_from("港澳")),
        _concat(st.just("使"), _digits(6)),
    )


def x_plates__mutmut_67() -> st.SearchStrategy[str]:
    """Valid plates: ordinary, new-energy (small and large), special series, embassy.

    Examples:
        >>> from hypothesis import given, settings
        >>> @settings(max_examples=5, deadline=None)
        ... @given(plates())
        ... def check(value):
        ...     assert plate.validate(value) == value
        >>> check()
    """
    provinces = st.sampled_from(sorted(plate.PROVINCES))
    authority = st.sampled_from(_PLATE_LETTERS)
    energy = st.sampled_from(_ENERGY_LETTERS)

    def serial(count: int) -> st.SearchStrategy[str]:
        return st.text(alphabet=_PLATE_SERIAL, min_size=count, max_size=count)

    return st.one_of(
        _concat(provinces, authority, serial(5)),
        _concat(provinces, authority, energy, serial(1), _digits(4)),
        _concat(provinces, authority, _digits(5), energy),
        _concat(provinces, authority, serial(5), st.sampled_from(_SPECIAL_SUFFIXES)),
        _concat(st.just("粤Z"), serial(4), st.sampled_from("港澳")),
        _concat(st.just("使"), _digits(6)),
    )


def x_plates__mutmut_68() -> st.SearchStrategy[str]:
    """Valid plates: ordinary, new-energy (small and large), special series, embassy.

    Examples:
        >>> from hypothesis import given, settings
        >>> @settings(max_examples=5, deadline=None)
        ... @given(plates())
        ... def check(value):
        ...     assert plate.validate(value) == value
        >>> check()
    """
    provinces = st.sampled_from(sorted(plate.PROVINCES))
    authority = st.sampled_from(_PLATE_LETTERS)
    energy = st.sampled_from(_ENERGY_LETTERS)

    def serial(count: int) -> st.SearchStrategy[str]:
        return st.text(alphabet=_PLATE_SERIAL, min_size=count, max_size=count)

    return st.one_of(
        _concat(provinces, authority, serial(5)),
        _concat(provinces, authority, energy, serial(1), _digits(4)),
        _concat(provinces, authority, _digits(5), energy),
        _concat(provinces, authority, serial(4), st.sampled_from(None)),
        _concat(st.just("粤Z"), serial(4), st.sampled_from("港澳")),
        _concat(st.just("使"), _digits(6)),
    )


def x_plates__mutmut_69() -> st.SearchStrategy[str]:
    """Valid plates: ordinary, new-energy (small and large), special series, embassy.

    Examples:
        >>> from hypothesis import given, settings
        >>> @settings(max_examples=5, deadline=None)
        ... @given(plates())
        ... def check(value):
        ...     assert plate.validate(value) == value
        >>> check()
    """
    provinces = st.sampled_from(sorted(plate.PROVINCES))
    authority = st.sampled_from(_PLATE_LETTERS)
    energy = st.sampled_from(_ENERGY_LETTERS)

    def serial(count: int) -> st.SearchStrategy[str]:
        return st.text(alphabet=_PLATE_SERIAL, min_size=count, max_size=count)

    return st.one_of(
        _concat(provinces, authority, serial(5)),
        _concat(provinces, authority, energy, serial(1), _digits(4)),
        _concat(provinces, authority, _digits(5), energy),
        _concat(provinces, authority, serial(4), st.sampled_from(_SPECIAL_SUFFIXES)),
        _concat(None, serial(4), st.sampled_from("港澳")),
        _concat(st.just("使"), _digits(6)),
    )


def x_plates__mutmut_70() -> st.SearchStrategy[str]:
    """Valid plates: ordinary, new-energy (small and large), special series, embassy.

    Examples:
        >>> from hypothesis import given, settings
        >>> @settings(max_examples=5, deadline=None)
        ... @given(plates())
        ... def check(value):
        ...     assert plate.validate(value) == value
        >>> check()
    """
    provinces = st.sampled_from(sorted(plate.PROVINCES))
    authority = st.sampled_from(_PLATE_LETTERS)
    energy = st.sampled_from(_ENERGY_LETTERS)

    def serial(count: int) -> st.SearchStrategy[str]:
        return st.text(alphabet=_PLATE_SERIAL, min_size=count, max_size=count)

    return st.one_of(
        _concat(provinces, authority, serial(5)),
        _concat(provinces, authority, energy, serial(1), _digits(4)),
        _concat(provinces, authority, _digits(5), energy),
        _concat(provinces, authority, serial(4), st.sampled_from(_SPECIAL_SUFFIXES)),
        _concat(st.just("粤Z"), None, st.sampled_from("港澳")),
        _concat(st.just("使"), _digits(6)),
    )


def x_plates__mutmut_71() -> st.SearchStrategy[str]:
    """Valid plates: ordinary, new-energy (small and large), special series, embassy.

    Examples:
        >>> from hypothesis import given, settings
        >>> @settings(max_examples=5, deadline=None)
        ... @given(plates())
        ... def check(value):
        ...     assert plate.validate(value) == value
        >>> check()
    """
    provinces = st.sampled_from(sorted(plate.PROVINCES))
    authority = st.sampled_from(_PLATE_LETTERS)
    energy = st.sampled_from(_ENERGY_LETTERS)

    def serial(count: int) -> st.SearchStrategy[str]:
        return st.text(alphabet=_PLATE_SERIAL, min_size=count, max_size=count)

    return st.one_of(
        _concat(provinces, authority, serial(5)),
        _concat(provinces, authority, energy, serial(1), _digits(4)),
        _concat(provinces, authority, _digits(5), energy),
        _concat(provinces, authority, serial(4), st.sampled_from(_SPECIAL_SUFFIXES)),
        _concat(st.just("粤Z"), serial(4), None),
        _concat(st.just("使"), _digits(6)),
    )


def x_plates__mutmut_72() -> st.SearchStrategy[str]:
    """Valid plates: ordinary, new-energy (small and large), special series, embassy.

    Examples:
        >>> from hypothesis import given, settings
        >>> @settings(max_examples=5, deadline=None)
        ... @given(plates())
        ... def check(value):
        ...     assert plate.validate(value) == value
        >>> check()
    """
    provinces = st.sampled_from(sorted(plate.PROVINCES))
    authority = st.sampled_from(_PLATE_LETTERS)
    energy = st.sampled_from(_ENERGY_LETTERS)

    def serial(count: int) -> st.SearchStrategy[str]:
        return st.text(alphabet=_PLATE_SERIAL, min_size=count, max_size=count)

    return st.one_of(
        _concat(provinces, authority, serial(5)),
        _concat(provinces, authority, energy, serial(1), _digits(4)),
        _concat(provinces, authority, _digits(5), energy),
        _concat(provinces, authority, serial(4), st.sampled_from(_SPECIAL_SUFFIXES)),
        _concat(serial(4), st.sampled_from("港澳")),
        _concat(st.just("使"), _digits(6)),
    )


def x_plates__mutmut_73() -> st.SearchStrategy[str]:
    """Valid plates: ordinary, new-energy (small and large), special series, embassy.

    Examples:
        >>> from hypothesis import given, settings
        >>> @settings(max_examples=5, deadline=None)
        ... @given(plates())
        ... def check(value):
        ...     assert plate.validate(value) == value
        >>> check()
    """
    provinces = st.sampled_from(sorted(plate.PROVINCES))
    authority = st.sampled_from(_PLATE_LETTERS)
    energy = st.sampled_from(_ENERGY_LETTERS)

    def serial(count: int) -> st.SearchStrategy[str]:
        return st.text(alphabet=_PLATE_SERIAL, min_size=count, max_size=count)

    return st.one_of(
        _concat(provinces, authority, serial(5)),
        _concat(provinces, authority, energy, serial(1), _digits(4)),
        _concat(provinces, authority, _digits(5), energy),
        _concat(provinces, authority, serial(4), st.sampled_from(_SPECIAL_SUFFIXES)),
        _concat(st.just("粤Z"), st.sampled_from("港澳")),
        _concat(st.just("使"), _digits(6)),
    )


def x_plates__mutmut_74() -> st.SearchStrategy[str]:
    """Valid plates: ordinary, new-energy (small and large), special series, embassy.

    Examples:
        >>> from hypothesis import given, settings
        >>> @settings(max_examples=5, deadline=None)
        ... @given(plates())
        ... def check(value):
        ...     assert plate.validate(value) == value
        >>> check()
    """
    provinces = st.sampled_from(sorted(plate.PROVINCES))
    authority = st.sampled_from(_PLATE_LETTERS)
    energy = st.sampled_from(_ENERGY_LETTERS)

    def serial(count: int) -> st.SearchStrategy[str]:
        return st.text(alphabet=_PLATE_SERIAL, min_size=count, max_size=count)

    return st.one_of(
        _concat(provinces, authority, serial(5)),
        _concat(provinces, authority, energy, serial(1), _digits(4)),
        _concat(provinces, authority, _digits(5), energy),
        _concat(provinces, authority, serial(4), st.sampled_from(_SPECIAL_SUFFIXES)),
        _concat(st.just("粤Z"), serial(4), ),
        _concat(st.just("使"), _digits(6)),
    )


def x_plates__mutmut_75() -> st.SearchStrategy[str]:
    """Valid plates: ordinary, new-energy (small and large), special series, embassy.

    Examples:
        >>> from hypothesis import given, settings
        >>> @settings(max_examples=5, deadline=None)
        ... @given(plates())
        ... def check(value):
        ...     assert plate.validate(value) == value
        >>> check()
    """
    provinces = st.sampled_from(sorted(plate.PROVINCES))
    authority = st.sampled_from(_PLATE_LETTERS)
    energy = st.sampled_from(_ENERGY_LETTERS)

    def serial(count: int) -> st.SearchStrategy[str]:
        return st.text(alphabet=_PLATE_SERIAL, min_size=count, max_size=count)

    return st.one_of(
        _concat(provinces, authority, serial(5)),
        _concat(provinces, authority, energy, serial(1), _digits(4)),
        _concat(provinces, authority, _digits(5), energy),
        _concat(provinces, authority, serial(4), st.sampled_from(_SPECIAL_SUFFIXES)),
        _concat(st.just(None), serial(4), st.sampled_from("港澳")),
        _concat(st.just("使"), _digits(6)),
    )


def x_plates__mutmut_76() -> st.SearchStrategy[str]:
    """Valid plates: ordinary, new-energy (small and large), special series, embassy.

    Examples:
        >>> from hypothesis import given, settings
        >>> @settings(max_examples=5, deadline=None)
        ... @given(plates())
        ... def check(value):
        ...     assert plate.validate(value) == value
        >>> check()
    """
    provinces = st.sampled_from(sorted(plate.PROVINCES))
    authority = st.sampled_from(_PLATE_LETTERS)
    energy = st.sampled_from(_ENERGY_LETTERS)

    def serial(count: int) -> st.SearchStrategy[str]:
        return st.text(alphabet=_PLATE_SERIAL, min_size=count, max_size=count)

    return st.one_of(
        _concat(provinces, authority, serial(5)),
        _concat(provinces, authority, energy, serial(1), _digits(4)),
        _concat(provinces, authority, _digits(5), energy),
        _concat(provinces, authority, serial(4), st.sampled_from(_SPECIAL_SUFFIXES)),
        _concat(st.just("XX粤ZXX"), serial(4), st.sampled_from("港澳")),
        _concat(st.just("使"), _digits(6)),
    )


def x_plates__mutmut_77() -> st.SearchStrategy[str]:
    """Valid plates: ordinary, new-energy (small and large), special series, embassy.

    Examples:
        >>> from hypothesis import given, settings
        >>> @settings(max_examples=5, deadline=None)
        ... @given(plates())
        ... def check(value):
        ...     assert plate.validate(value) == value
        >>> check()
    """
    provinces = st.sampled_from(sorted(plate.PROVINCES))
    authority = st.sampled_from(_PLATE_LETTERS)
    energy = st.sampled_from(_ENERGY_LETTERS)

    def serial(count: int) -> st.SearchStrategy[str]:
        return st.text(alphabet=_PLATE_SERIAL, min_size=count, max_size=count)

    return st.one_of(
        _concat(provinces, authority, serial(5)),
        _concat(provinces, authority, energy, serial(1), _digits(4)),
        _concat(provinces, authority, _digits(5), energy),
        _concat(provinces, authority, serial(4), st.sampled_from(_SPECIAL_SUFFIXES)),
        _concat(st.just("粤z"), serial(4), st.sampled_from("港澳")),
        _concat(st.just("使"), _digits(6)),
    )


def x_plates__mutmut_78() -> st.SearchStrategy[str]:
    """Valid plates: ordinary, new-energy (small and large), special series, embassy.

    Examples:
        >>> from hypothesis import given, settings
        >>> @settings(max_examples=5, deadline=None)
        ... @given(plates())
        ... def check(value):
        ...     assert plate.validate(value) == value
        >>> check()
    """
    provinces = st.sampled_from(sorted(plate.PROVINCES))
    authority = st.sampled_from(_PLATE_LETTERS)
    energy = st.sampled_from(_ENERGY_LETTERS)

    def serial(count: int) -> st.SearchStrategy[str]:
        return st.text(alphabet=_PLATE_SERIAL, min_size=count, max_size=count)

    return st.one_of(
        _concat(provinces, authority, serial(5)),
        _concat(provinces, authority, energy, serial(1), _digits(4)),
        _concat(provinces, authority, _digits(5), energy),
        _concat(provinces, authority, serial(4), st.sampled_from(_SPECIAL_SUFFIXES)),
        _concat(st.just("粤Z"), serial(None), st.sampled_from("港澳")),
        _concat(st.just("使"), _digits(6)),
    )


def x_plates__mutmut_79() -> st.SearchStrategy[str]:
    """Valid plates: ordinary, new-energy (small and large), special series, embassy.

    Examples:
        >>> from hypothesis import given, settings
        >>> @settings(max_examples=5, deadline=None)
        ... @given(plates())
        ... def check(value):
        ...     assert plate.validate(value) == value
        >>> check()
    """
    provinces = st.sampled_from(sorted(plate.PROVINCES))
    authority = st.sampled_from(_PLATE_LETTERS)
    energy = st.sampled_from(_ENERGY_LETTERS)

    def serial(count: int) -> st.SearchStrategy[str]:
        return st.text(alphabet=_PLATE_SERIAL, min_size=count, max_size=count)

    return st.one_of(
        _concat(provinces, authority, serial(5)),
        _concat(provinces, authority, energy, serial(1), _digits(4)),
        _concat(provinces, authority, _digits(5), energy),
        _concat(provinces, authority, serial(4), st.sampled_from(_SPECIAL_SUFFIXES)),
        _concat(st.just("粤Z"), serial(5), st.sampled_from("港澳")),
        _concat(st.just("使"), _digits(6)),
    )


def x_plates__mutmut_80() -> st.SearchStrategy[str]:
    """Valid plates: ordinary, new-energy (small and large), special series, embassy.

    Examples:
        >>> from hypothesis import given, settings
        >>> @settings(max_examples=5, deadline=None)
        ... @given(plates())
        ... def check(value):
        ...     assert plate.validate(value) == value
        >>> check()
    """
    provinces = st.sampled_from(sorted(plate.PROVINCES))
    authority = st.sampled_from(_PLATE_LETTERS)
    energy = st.sampled_from(_ENERGY_LETTERS)

    def serial(count: int) -> st.SearchStrategy[str]:
        return st.text(alphabet=_PLATE_SERIAL, min_size=count, max_size=count)

    return st.one_of(
        _concat(provinces, authority, serial(5)),
        _concat(provinces, authority, energy, serial(1), _digits(4)),
        _concat(provinces, authority, _digits(5), energy),
        _concat(provinces, authority, serial(4), st.sampled_from(_SPECIAL_SUFFIXES)),
        _concat(st.just("粤Z"), serial(4), st.sampled_from(None)),
        _concat(st.just("使"), _digits(6)),
    )


def x_plates__mutmut_81() -> st.SearchStrategy[str]:
    """Valid plates: ordinary, new-energy (small and large), special series, embassy.

    Examples:
        >>> from hypothesis import given, settings
        >>> @settings(max_examples=5, deadline=None)
        ... @given(plates())
        ... def check(value):
        ...     assert plate.validate(value) == value
        >>> check()
    """
    provinces = st.sampled_from(sorted(plate.PROVINCES))
    authority = st.sampled_from(_PLATE_LETTERS)
    energy = st.sampled_from(_ENERGY_LETTERS)

    def serial(count: int) -> st.SearchStrategy[str]:
        return st.text(alphabet=_PLATE_SERIAL, min_size=count, max_size=count)

    return st.one_of(
        _concat(provinces, authority, serial(5)),
        _concat(provinces, authority, energy, serial(1), _digits(4)),
        _concat(provinces, authority, _digits(5), energy),
        _concat(provinces, authority, serial(4), st.sampled_from(_SPECIAL_SUFFIXES)),
        _concat(st.just("粤Z"), serial(4), st.sampled_from("XX港澳XX")),
        _concat(st.just("使"), _digits(6)),
    )


def x_plates__mutmut_82() -> st.SearchStrategy[str]:
    """Valid plates: ordinary, new-energy (small and large), special series, embassy.

    Examples:
        >>> from hypothesis import given, settings
        >>> @settings(max_examples=5, deadline=None)
        ... @given(plates())
        ... def check(value):
        ...     assert plate.validate(value) == value
        >>> check()
    """
    provinces = st.sampled_from(sorted(plate.PROVINCES))
    authority = st.sampled_from(_PLATE_LETTERS)
    energy = st.sampled_from(_ENERGY_LETTERS)

    def serial(count: int) -> st.SearchStrategy[str]:
        return st.text(alphabet=_PLATE_SERIAL, min_size=count, max_size=count)

    return st.one_of(
        _concat(provinces, authority, serial(5)),
        _concat(provinces, authority, energy, serial(1), _digits(4)),
        _concat(provinces, authority, _digits(5), energy),
        _concat(provinces, authority, serial(4), st.sampled_from(_SPECIAL_SUFFIXES)),
        _concat(st.just("粤Z"), serial(4), st.sampled_from("港澳")),
        _concat(None, _digits(6)),
    )


def x_plates__mutmut_83() -> st.SearchStrategy[str]:
    """Valid plates: ordinary, new-energy (small and large), special series, embassy.

    Examples:
        >>> from hypothesis import given, settings
        >>> @settings(max_examples=5, deadline=None)
        ... @given(plates())
        ... def check(value):
        ...     assert plate.validate(value) == value
        >>> check()
    """
    provinces = st.sampled_from(sorted(plate.PROVINCES))
    authority = st.sampled_from(_PLATE_LETTERS)
    energy = st.sampled_from(_ENERGY_LETTERS)

    def serial(count: int) -> st.SearchStrategy[str]:
        return st.text(alphabet=_PLATE_SERIAL, min_size=count, max_size=count)

    return st.one_of(
        _concat(provinces, authority, serial(5)),
        _concat(provinces, authority, energy, serial(1), _digits(4)),
        _concat(provinces, authority, _digits(5), energy),
        _concat(provinces, authority, serial(4), st.sampled_from(_SPECIAL_SUFFIXES)),
        _concat(st.just("粤Z"), serial(4), st.sampled_from("港澳")),
        _concat(st.just("使"), None),
    )


def x_plates__mutmut_84() -> st.SearchStrategy[str]:
    """Valid plates: ordinary, new-energy (small and large), special series, embassy.

    Examples:
        >>> from hypothesis import given, settings
        >>> @settings(max_examples=5, deadline=None)
        ... @given(plates())
        ... def check(value):
        ...     assert plate.validate(value) == value
        >>> check()
    """
    provinces = st.sampled_from(sorted(plate.PROVINCES))
    authority = st.sampled_from(_PLATE_LETTERS)
    energy = st.sampled_from(_ENERGY_LETTERS)

    def serial(count: int) -> st.SearchStrategy[str]:
        return st.text(alphabet=_PLATE_SERIAL, min_size=count, max_size=count)

    return st.one_of(
        _concat(provinces, authority, serial(5)),
        _concat(provinces, authority, energy, serial(1), _digits(4)),
        _concat(provinces, authority, _digits(5), energy),
        _concat(provinces, authority, serial(4), st.sampled_from(_SPECIAL_SUFFIXES)),
        _concat(st.just("粤Z"), serial(4), st.sampled_from("港澳")),
        _concat(_digits(6)),
    )


def x_plates__mutmut_85() -> st.SearchStrategy[str]:
    """Valid plates: ordinary, new-energy (small and large), special series, embassy.

    Examples:
        >>> from hypothesis import given, settings
        >>> @settings(max_examples=5, deadline=None)
        ... @given(plates())
        ... def check(value):
        ...     assert plate.validate(value) == value
        >>> check()
    """
    provinces = st.sampled_from(sorted(plate.PROVINCES))
    authority = st.sampled_from(_PLATE_LETTERS)
    energy = st.sampled_from(_ENERGY_LETTERS)

    def serial(count: int) -> st.SearchStrategy[str]:
        return st.text(alphabet=_PLATE_SERIAL, min_size=count, max_size=count)

    return st.one_of(
        _concat(provinces, authority, serial(5)),
        _concat(provinces, authority, energy, serial(1), _digits(4)),
        _concat(provinces, authority, _digits(5), energy),
        _concat(provinces, authority, serial(4), st.sampled_from(_SPECIAL_SUFFIXES)),
        _concat(st.just("粤Z"), serial(4), st.sampled_from("港澳")),
        _concat(st.just("使"), ),
    )


def x_plates__mutmut_86() -> st.SearchStrategy[str]:
    """Valid plates: ordinary, new-energy (small and large), special series, embassy.

    Examples:
        >>> from hypothesis import given, settings
        >>> @settings(max_examples=5, deadline=None)
        ... @given(plates())
        ... def check(value):
        ...     assert plate.validate(value) == value
        >>> check()
    """
    provinces = st.sampled_from(sorted(plate.PROVINCES))
    authority = st.sampled_from(_PLATE_LETTERS)
    energy = st.sampled_from(_ENERGY_LETTERS)

    def serial(count: int) -> st.SearchStrategy[str]:
        return st.text(alphabet=_PLATE_SERIAL, min_size=count, max_size=count)

    return st.one_of(
        _concat(provinces, authority, serial(5)),
        _concat(provinces, authority, energy, serial(1), _digits(4)),
        _concat(provinces, authority, _digits(5), energy),
        _concat(provinces, authority, serial(4), st.sampled_from(_SPECIAL_SUFFIXES)),
        _concat(st.just("粤Z"), serial(4), st.sampled_from("港澳")),
        _concat(st.just(None), _digits(6)),
    )


def x_plates__mutmut_87() -> st.SearchStrategy[str]:
    """Valid plates: ordinary, new-energy (small and large), special series, embassy.

    Examples:
        >>> from hypothesis import given, settings
        >>> @settings(max_examples=5, deadline=None)
        ... @given(plates())
        ... def check(value):
        ...     assert plate.validate(value) == value
        >>> check()
    """
    provinces = st.sampled_from(sorted(plate.PROVINCES))
    authority = st.sampled_from(_PLATE_LETTERS)
    energy = st.sampled_from(_ENERGY_LETTERS)

    def serial(count: int) -> st.SearchStrategy[str]:
        return st.text(alphabet=_PLATE_SERIAL, min_size=count, max_size=count)

    return st.one_of(
        _concat(provinces, authority, serial(5)),
        _concat(provinces, authority, energy, serial(1), _digits(4)),
        _concat(provinces, authority, _digits(5), energy),
        _concat(provinces, authority, serial(4), st.sampled_from(_SPECIAL_SUFFIXES)),
        _concat(st.just("粤Z"), serial(4), st.sampled_from("港澳")),
        _concat(st.just("XX使XX"), _digits(6)),
    )


def x_plates__mutmut_88() -> st.SearchStrategy[str]:
    """Valid plates: ordinary, new-energy (small and large), special series, embassy.

    Examples:
        >>> from hypothesis import given, settings
        >>> @settings(max_examples=5, deadline=None)
        ... @given(plates())
        ... def check(value):
        ...     assert plate.validate(value) == value
        >>> check()
    """
    provinces = st.sampled_from(sorted(plate.PROVINCES))
    authority = st.sampled_from(_PLATE_LETTERS)
    energy = st.sampled_from(_ENERGY_LETTERS)

    def serial(count: int) -> st.SearchStrategy[str]:
        return st.text(alphabet=_PLATE_SERIAL, min_size=count, max_size=count)

    return st.one_of(
        _concat(provinces, authority, serial(5)),
        _concat(provinces, authority, energy, serial(1), _digits(4)),
        _concat(provinces, authority, _digits(5), energy),
        _concat(provinces, authority, serial(4), st.sampled_from(_SPECIAL_SUFFIXES)),
        _concat(st.just("粤Z"), serial(4), st.sampled_from("港澳")),
        _concat(st.just("使"), _digits(None)),
    )


def x_plates__mutmut_89() -> st.SearchStrategy[str]:
    """Valid plates: ordinary, new-energy (small and large), special series, embassy.

    Examples:
        >>> from hypothesis import given, settings
        >>> @settings(max_examples=5, deadline=None)
        ... @given(plates())
        ... def check(value):
        ...     assert plate.validate(value) == value
        >>> check()
    """
    provinces = st.sampled_from(sorted(plate.PROVINCES))
    authority = st.sampled_from(_PLATE_LETTERS)
    energy = st.sampled_from(_ENERGY_LETTERS)

    def serial(count: int) -> st.SearchStrategy[str]:
        return st.text(alphabet=_PLATE_SERIAL, min_size=count, max_size=count)

    return st.one_of(
        _concat(provinces, authority, serial(5)),
        _concat(provinces, authority, energy, serial(1), _digits(4)),
        _concat(provinces, authority, _digits(5), energy),
        _concat(provinces, authority, serial(4), st.sampled_from(_SPECIAL_SUFFIXES)),
        _concat(st.just("粤Z"), serial(4), st.sampled_from("港澳")),
        _concat(st.just("使"), _digits(7)),
    )

mutants_x_plates__mutmut['_mutmut_orig'] = x_plates__mutmut_orig # type: ignore # mutmut generated
mutants_x_plates__mutmut['x_plates__mutmut_1'] = x_plates__mutmut_1 # type: ignore # mutmut generated
mutants_x_plates__mutmut['x_plates__mutmut_2'] = x_plates__mutmut_2 # type: ignore # mutmut generated
mutants_x_plates__mutmut['x_plates__mutmut_3'] = x_plates__mutmut_3 # type: ignore # mutmut generated
mutants_x_plates__mutmut['x_plates__mutmut_4'] = x_plates__mutmut_4 # type: ignore # mutmut generated
mutants_x_plates__mutmut['x_plates__mutmut_5'] = x_plates__mutmut_5 # type: ignore # mutmut generated
mutants_x_plates__mutmut['x_plates__mutmut_6'] = x_plates__mutmut_6 # type: ignore # mutmut generated
mutants_x_plates__mutmut['x_plates__mutmut_7'] = x_plates__mutmut_7 # type: ignore # mutmut generated
mutants_x_plates__mutmut['x_plates__mutmut_8'] = x_plates__mutmut_8 # type: ignore # mutmut generated
mutants_x_plates__mutmut['x_plates__mutmut_9'] = x_plates__mutmut_9 # type: ignore # mutmut generated
mutants_x_plates__mutmut['x_plates__mutmut_10'] = x_plates__mutmut_10 # type: ignore # mutmut generated
mutants_x_plates__mutmut['x_plates__mutmut_11'] = x_plates__mutmut_11 # type: ignore # mutmut generated
mutants_x_plates__mutmut['x_plates__mutmut_12'] = x_plates__mutmut_12 # type: ignore # mutmut generated
mutants_x_plates__mutmut['x_plates__mutmut_13'] = x_plates__mutmut_13 # type: ignore # mutmut generated
mutants_x_plates__mutmut['x_plates__mutmut_14'] = x_plates__mutmut_14 # type: ignore # mutmut generated
mutants_x_plates__mutmut['x_plates__mutmut_15'] = x_plates__mutmut_15 # type: ignore # mutmut generated
mutants_x_plates__mutmut['x_plates__mutmut_16'] = x_plates__mutmut_16 # type: ignore # mutmut generated
mutants_x_plates__mutmut['x_plates__mutmut_17'] = x_plates__mutmut_17 # type: ignore # mutmut generated
mutants_x_plates__mutmut['x_plates__mutmut_18'] = x_plates__mutmut_18 # type: ignore # mutmut generated
mutants_x_plates__mutmut['x_plates__mutmut_19'] = x_plates__mutmut_19 # type: ignore # mutmut generated
mutants_x_plates__mutmut['x_plates__mutmut_20'] = x_plates__mutmut_20 # type: ignore # mutmut generated
mutants_x_plates__mutmut['x_plates__mutmut_21'] = x_plates__mutmut_21 # type: ignore # mutmut generated
mutants_x_plates__mutmut['x_plates__mutmut_22'] = x_plates__mutmut_22 # type: ignore # mutmut generated
mutants_x_plates__mutmut['x_plates__mutmut_23'] = x_plates__mutmut_23 # type: ignore # mutmut generated
mutants_x_plates__mutmut['x_plates__mutmut_24'] = x_plates__mutmut_24 # type: ignore # mutmut generated
mutants_x_plates__mutmut['x_plates__mutmut_25'] = x_plates__mutmut_25 # type: ignore # mutmut generated
mutants_x_plates__mutmut['x_plates__mutmut_26'] = x_plates__mutmut_26 # type: ignore # mutmut generated
mutants_x_plates__mutmut['x_plates__mutmut_27'] = x_plates__mutmut_27 # type: ignore # mutmut generated
mutants_x_plates__mutmut['x_plates__mutmut_28'] = x_plates__mutmut_28 # type: ignore # mutmut generated
mutants_x_plates__mutmut['x_plates__mutmut_29'] = x_plates__mutmut_29 # type: ignore # mutmut generated
mutants_x_plates__mutmut['x_plates__mutmut_30'] = x_plates__mutmut_30 # type: ignore # mutmut generated
mutants_x_plates__mutmut['x_plates__mutmut_31'] = x_plates__mutmut_31 # type: ignore # mutmut generated
mutants_x_plates__mutmut['x_plates__mutmut_32'] = x_plates__mutmut_32 # type: ignore # mutmut generated
mutants_x_plates__mutmut['x_plates__mutmut_33'] = x_plates__mutmut_33 # type: ignore # mutmut generated
mutants_x_plates__mutmut['x_plates__mutmut_34'] = x_plates__mutmut_34 # type: ignore # mutmut generated
mutants_x_plates__mutmut['x_plates__mutmut_35'] = x_plates__mutmut_35 # type: ignore # mutmut generated
mutants_x_plates__mutmut['x_plates__mutmut_36'] = x_plates__mutmut_36 # type: ignore # mutmut generated
mutants_x_plates__mutmut['x_plates__mutmut_37'] = x_plates__mutmut_37 # type: ignore # mutmut generated
mutants_x_plates__mutmut['x_plates__mutmut_38'] = x_plates__mutmut_38 # type: ignore # mutmut generated
mutants_x_plates__mutmut['x_plates__mutmut_39'] = x_plates__mutmut_39 # type: ignore # mutmut generated
mutants_x_plates__mutmut['x_plates__mutmut_40'] = x_plates__mutmut_40 # type: ignore # mutmut generated
mutants_x_plates__mutmut['x_plates__mutmut_41'] = x_plates__mutmut_41 # type: ignore # mutmut generated
mutants_x_plates__mutmut['x_plates__mutmut_42'] = x_plates__mutmut_42 # type: ignore # mutmut generated
mutants_x_plates__mutmut['x_plates__mutmut_43'] = x_plates__mutmut_43 # type: ignore # mutmut generated
mutants_x_plates__mutmut['x_plates__mutmut_44'] = x_plates__mutmut_44 # type: ignore # mutmut generated
mutants_x_plates__mutmut['x_plates__mutmut_45'] = x_plates__mutmut_45 # type: ignore # mutmut generated
mutants_x_plates__mutmut['x_plates__mutmut_46'] = x_plates__mutmut_46 # type: ignore # mutmut generated
mutants_x_plates__mutmut['x_plates__mutmut_47'] = x_plates__mutmut_47 # type: ignore # mutmut generated
mutants_x_plates__mutmut['x_plates__mutmut_48'] = x_plates__mutmut_48 # type: ignore # mutmut generated
mutants_x_plates__mutmut['x_plates__mutmut_49'] = x_plates__mutmut_49 # type: ignore # mutmut generated
mutants_x_plates__mutmut['x_plates__mutmut_50'] = x_plates__mutmut_50 # type: ignore # mutmut generated
mutants_x_plates__mutmut['x_plates__mutmut_51'] = x_plates__mutmut_51 # type: ignore # mutmut generated
mutants_x_plates__mutmut['x_plates__mutmut_52'] = x_plates__mutmut_52 # type: ignore # mutmut generated
mutants_x_plates__mutmut['x_plates__mutmut_53'] = x_plates__mutmut_53 # type: ignore # mutmut generated
mutants_x_plates__mutmut['x_plates__mutmut_54'] = x_plates__mutmut_54 # type: ignore # mutmut generated
mutants_x_plates__mutmut['x_plates__mutmut_55'] = x_plates__mutmut_55 # type: ignore # mutmut generated
mutants_x_plates__mutmut['x_plates__mutmut_56'] = x_plates__mutmut_56 # type: ignore # mutmut generated
mutants_x_plates__mutmut['x_plates__mutmut_57'] = x_plates__mutmut_57 # type: ignore # mutmut generated
mutants_x_plates__mutmut['x_plates__mutmut_58'] = x_plates__mutmut_58 # type: ignore # mutmut generated
mutants_x_plates__mutmut['x_plates__mutmut_59'] = x_plates__mutmut_59 # type: ignore # mutmut generated
mutants_x_plates__mutmut['x_plates__mutmut_60'] = x_plates__mutmut_60 # type: ignore # mutmut generated
mutants_x_plates__mutmut['x_plates__mutmut_61'] = x_plates__mutmut_61 # type: ignore # mutmut generated
mutants_x_plates__mutmut['x_plates__mutmut_62'] = x_plates__mutmut_62 # type: ignore # mutmut generated
mutants_x_plates__mutmut['x_plates__mutmut_63'] = x_plates__mutmut_63 # type: ignore # mutmut generated
mutants_x_plates__mutmut['x_plates__mutmut_64'] = x_plates__mutmut_64 # type: ignore # mutmut generated
mutants_x_plates__mutmut['x_plates__mutmut_65'] = x_plates__mutmut_65 # type: ignore # mutmut generated
mutants_x_plates__mutmut['x_plates__mutmut_66'] = x_plates__mutmut_66 # type: ignore # mutmut generated
mutants_x_plates__mutmut['x_plates__mutmut_67'] = x_plates__mutmut_67 # type: ignore # mutmut generated
mutants_x_plates__mutmut['x_plates__mutmut_68'] = x_plates__mutmut_68 # type: ignore # mutmut generated
mutants_x_plates__mutmut['x_plates__mutmut_69'] = x_plates__mutmut_69 # type: ignore # mutmut generated
mutants_x_plates__mutmut['x_plates__mutmut_70'] = x_plates__mutmut_70 # type: ignore # mutmut generated
mutants_x_plates__mutmut['x_plates__mutmut_71'] = x_plates__mutmut_71 # type: ignore # mutmut generated
mutants_x_plates__mutmut['x_plates__mutmut_72'] = x_plates__mutmut_72 # type: ignore # mutmut generated
mutants_x_plates__mutmut['x_plates__mutmut_73'] = x_plates__mutmut_73 # type: ignore # mutmut generated
mutants_x_plates__mutmut['x_plates__mutmut_74'] = x_plates__mutmut_74 # type: ignore # mutmut generated
mutants_x_plates__mutmut['x_plates__mutmut_75'] = x_plates__mutmut_75 # type: ignore # mutmut generated
mutants_x_plates__mutmut['x_plates__mutmut_76'] = x_plates__mutmut_76 # type: ignore # mutmut generated
mutants_x_plates__mutmut['x_plates__mutmut_77'] = x_plates__mutmut_77 # type: ignore # mutmut generated
mutants_x_plates__mutmut['x_plates__mutmut_78'] = x_plates__mutmut_78 # type: ignore # mutmut generated
mutants_x_plates__mutmut['x_plates__mutmut_79'] = x_plates__mutmut_79 # type: ignore # mutmut generated
mutants_x_plates__mutmut['x_plates__mutmut_80'] = x_plates__mutmut_80 # type: ignore # mutmut generated
mutants_x_plates__mutmut['x_plates__mutmut_81'] = x_plates__mutmut_81 # type: ignore # mutmut generated
mutants_x_plates__mutmut['x_plates__mutmut_82'] = x_plates__mutmut_82 # type: ignore # mutmut generated
mutants_x_plates__mutmut['x_plates__mutmut_83'] = x_plates__mutmut_83 # type: ignore # mutmut generated
mutants_x_plates__mutmut['x_plates__mutmut_84'] = x_plates__mutmut_84 # type: ignore # mutmut generated
mutants_x_plates__mutmut['x_plates__mutmut_85'] = x_plates__mutmut_85 # type: ignore # mutmut generated
mutants_x_plates__mutmut['x_plates__mutmut_86'] = x_plates__mutmut_86 # type: ignore # mutmut generated
mutants_x_plates__mutmut['x_plates__mutmut_87'] = x_plates__mutmut_87 # type: ignore # mutmut generated
mutants_x_plates__mutmut['x_plates__mutmut_88'] = x_plates__mutmut_88 # type: ignore # mutmut generated
mutants_x_plates__mutmut['x_plates__mutmut_89'] = x_plates__mutmut_89 # type: ignore # mutmut generated
mutants_x__with_ric_check__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__with_ric_check__mutmut)
def _with_ric_check(body: str) -> str:
    return body + ric.check_digit(body + "0")


def x__with_ric_check__mutmut_orig(body: str) -> str:
    return body + ric.check_digit(body + "0")


def x__with_ric_check__mutmut_1(body: str) -> str:
    return body - ric.check_digit(body + "0")


def x__with_ric_check__mutmut_2(body: str) -> str:
    return body + ric.check_digit(None)


def x__with_ric_check__mutmut_3(body: str) -> str:
    return body + ric.check_digit(body - "0")


def x__with_ric_check__mutmut_4(body: str) -> str:
    return body + ric.check_digit(body + "XX0XX")

mutants_x__with_ric_check__mutmut['_mutmut_orig'] = x__with_ric_check__mutmut_orig # type: ignore # mutmut generated
mutants_x__with_ric_check__mutmut['x__with_ric_check__mutmut_1'] = x__with_ric_check__mutmut_1 # type: ignore # mutmut generated
mutants_x__with_ric_check__mutmut['x__with_ric_check__mutmut_2'] = x__with_ric_check__mutmut_2 # type: ignore # mutmut generated
mutants_x__with_ric_check__mutmut['x__with_ric_check__mutmut_3'] = x__with_ric_check__mutmut_3 # type: ignore # mutmut generated
mutants_x__with_ric_check__mutmut['x__with_ric_check__mutmut_4'] = x__with_ric_check__mutmut_4 # type: ignore # mutmut generated
mutants_x_resident_ids__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_resident_ids__mutmut)
def resident_ids(*, born_before: date = date(2008, 1, 1)) -> st.SearchStrategy[str]:
    """Valid 18-character resident ID numbers of people born before ``born_before``.

    Args:
        born_before: Every birth date is strictly earlier than this day (and
            no earlier than 1900-01-01).

    Examples:
        >>> from hypothesis import given, settings
        >>> @settings(max_examples=5, deadline=None)
        ... @given(resident_ids(born_before=date(2000, 1, 1)))
        ... def check(value):
        ...     assert ric.validate(value) == value
        ...     assert ric.birth_date(value) < date(2000, 1, 1)
        >>> check()
    """
    births = st.dates(min_value=date(1900, 1, 1), max_value=born_before - timedelta(days=1))
    body = _concat(
        st.sampled_from(sorted(ric.PROVINCE_CODES)),
        _digits(4),
        births.map(lambda born: f"{born.year:04d}{born.month:02d}{born.day:02d}"),
        _digits(3),
    )
    return body.map(_with_ric_check)


def x_resident_ids__mutmut_orig(*, born_before: date = date(2008, 1, 1)) -> st.SearchStrategy[str]:
    """Valid 18-character resident ID numbers of people born before ``born_before``.

    Args:
        born_before: Every birth date is strictly earlier than this day (and
            no earlier than 1900-01-01).

    Examples:
        >>> from hypothesis import given, settings
        >>> @settings(max_examples=5, deadline=None)
        ... @given(resident_ids(born_before=date(2000, 1, 1)))
        ... def check(value):
        ...     assert ric.validate(value) == value
        ...     assert ric.birth_date(value) < date(2000, 1, 1)
        >>> check()
    """
    births = st.dates(min_value=date(1900, 1, 1), max_value=born_before - timedelta(days=1))
    body = _concat(
        st.sampled_from(sorted(ric.PROVINCE_CODES)),
        _digits(4),
        births.map(lambda born: f"{born.year:04d}{born.month:02d}{born.day:02d}"),
        _digits(3),
    )
    return body.map(_with_ric_check)


def x_resident_ids__mutmut_1(*, born_before: date = date(2008, 1, 1)) -> st.SearchStrategy[str]:
    """Valid 18-character resident ID numbers of people born before ``born_before``.

    Args:
        born_before: Every birth date is strictly earlier than this day (and
            no earlier than 1900-01-01).

    Examples:
        >>> from hypothesis import given, settings
        >>> @settings(max_examples=5, deadline=None)
        ... @given(resident_ids(born_before=date(2000, 1, 1)))
        ... def check(value):
        ...     assert ric.validate(value) == value
        ...     assert ric.birth_date(value) < date(2000, 1, 1)
        >>> check()
    """
    births = None
    body = _concat(
        st.sampled_from(sorted(ric.PROVINCE_CODES)),
        _digits(4),
        births.map(lambda born: f"{born.year:04d}{born.month:02d}{born.day:02d}"),
        _digits(3),
    )
    return body.map(_with_ric_check)


def x_resident_ids__mutmut_2(*, born_before: date = date(2008, 1, 1)) -> st.SearchStrategy[str]:
    """Valid 18-character resident ID numbers of people born before ``born_before``.

    Args:
        born_before: Every birth date is strictly earlier than this day (and
            no earlier than 1900-01-01).

    Examples:
        >>> from hypothesis import given, settings
        >>> @settings(max_examples=5, deadline=None)
        ... @given(resident_ids(born_before=date(2000, 1, 1)))
        ... def check(value):
        ...     assert ric.validate(value) == value
        ...     assert ric.birth_date(value) < date(2000, 1, 1)
        >>> check()
    """
    births = st.dates(min_value=None, max_value=born_before - timedelta(days=1))
    body = _concat(
        st.sampled_from(sorted(ric.PROVINCE_CODES)),
        _digits(4),
        births.map(lambda born: f"{born.year:04d}{born.month:02d}{born.day:02d}"),
        _digits(3),
    )
    return body.map(_with_ric_check)


def x_resident_ids__mutmut_3(*, born_before: date = date(2008, 1, 1)) -> st.SearchStrategy[str]:
    """Valid 18-character resident ID numbers of people born before ``born_before``.

    Args:
        born_before: Every birth date is strictly earlier than this day (and
            no earlier than 1900-01-01).

    Examples:
        >>> from hypothesis import given, settings
        >>> @settings(max_examples=5, deadline=None)
        ... @given(resident_ids(born_before=date(2000, 1, 1)))
        ... def check(value):
        ...     assert ric.validate(value) == value
        ...     assert ric.birth_date(value) < date(2000, 1, 1)
        >>> check()
    """
    births = st.dates(min_value=date(1900, 1, 1), max_value=None)
    body = _concat(
        st.sampled_from(sorted(ric.PROVINCE_CODES)),
        _digits(4),
        births.map(lambda born: f"{born.year:04d}{born.month:02d}{born.day:02d}"),
        _digits(3),
    )
    return body.map(_with_ric_check)


def x_resident_ids__mutmut_4(*, born_before: date = date(2008, 1, 1)) -> st.SearchStrategy[str]:
    """Valid 18-character resident ID numbers of people born before ``born_before``.

    Args:
        born_before: Every birth date is strictly earlier than this day (and
            no earlier than 1900-01-01).

    Examples:
        >>> from hypothesis import given, settings
        >>> @settings(max_examples=5, deadline=None)
        ... @given(resident_ids(born_before=date(2000, 1, 1)))
        ... def check(value):
        ...     assert ric.validate(value) == value
        ...     assert ric.birth_date(value) < date(2000, 1, 1)
        >>> check()
    """
    births = st.dates(max_value=born_before - timedelta(days=1))
    body = _concat(
        st.sampled_from(sorted(ric.PROVINCE_CODES)),
        _digits(4),
        births.map(lambda born: f"{born.year:04d}{born.month:02d}{born.day:02d}"),
        _digits(3),
    )
    return body.map(_with_ric_check)


def x_resident_ids__mutmut_5(*, born_before: date = date(2008, 1, 1)) -> st.SearchStrategy[str]:
    """Valid 18-character resident ID numbers of people born before ``born_before``.

    Args:
        born_before: Every birth date is strictly earlier than this day (and
            no earlier than 1900-01-01).

    Examples:
        >>> from hypothesis import given, settings
        >>> @settings(max_examples=5, deadline=None)
        ... @given(resident_ids(born_before=date(2000, 1, 1)))
        ... def check(value):
        ...     assert ric.validate(value) == value
        ...     assert ric.birth_date(value) < date(2000, 1, 1)
        >>> check()
    """
    births = st.dates(min_value=date(1900, 1, 1), )
    body = _concat(
        st.sampled_from(sorted(ric.PROVINCE_CODES)),
        _digits(4),
        births.map(lambda born: f"{born.year:04d}{born.month:02d}{born.day:02d}"),
        _digits(3),
    )
    return body.map(_with_ric_check)


def x_resident_ids__mutmut_6(*, born_before: date = date(2008, 1, 1)) -> st.SearchStrategy[str]:
    """Valid 18-character resident ID numbers of people born before ``born_before``.

    Args:
        born_before: Every birth date is strictly earlier than this day (and
            no earlier than 1900-01-01).

    Examples:
        >>> from hypothesis import given, settings
        >>> @settings(max_examples=5, deadline=None)
        ... @given(resident_ids(born_before=date(2000, 1, 1)))
        ... def check(value):
        ...     assert ric.validate(value) == value
        ...     assert ric.birth_date(value) < date(2000, 1, 1)
        >>> check()
    """
    births = st.dates(min_value=date(None, 1, 1), max_value=born_before - timedelta(days=1))
    body = _concat(
        st.sampled_from(sorted(ric.PROVINCE_CODES)),
        _digits(4),
        births.map(lambda born: f"{born.year:04d}{born.month:02d}{born.day:02d}"),
        _digits(3),
    )
    return body.map(_with_ric_check)


def x_resident_ids__mutmut_7(*, born_before: date = date(2008, 1, 1)) -> st.SearchStrategy[str]:
    """Valid 18-character resident ID numbers of people born before ``born_before``.

    Args:
        born_before: Every birth date is strictly earlier than this day (and
            no earlier than 1900-01-01).

    Examples:
        >>> from hypothesis import given, settings
        >>> @settings(max_examples=5, deadline=None)
        ... @given(resident_ids(born_before=date(2000, 1, 1)))
        ... def check(value):
        ...     assert ric.validate(value) == value
        ...     assert ric.birth_date(value) < date(2000, 1, 1)
        >>> check()
    """
    births = st.dates(min_value=date(1900, None, 1), max_value=born_before - timedelta(days=1))
    body = _concat(
        st.sampled_from(sorted(ric.PROVINCE_CODES)),
        _digits(4),
        births.map(lambda born: f"{born.year:04d}{born.month:02d}{born.day:02d}"),
        _digits(3),
    )
    return body.map(_with_ric_check)


def x_resident_ids__mutmut_8(*, born_before: date = date(2008, 1, 1)) -> st.SearchStrategy[str]:
    """Valid 18-character resident ID numbers of people born before ``born_before``.

    Args:
        born_before: Every birth date is strictly earlier than this day (and
            no earlier than 1900-01-01).

    Examples:
        >>> from hypothesis import given, settings
        >>> @settings(max_examples=5, deadline=None)
        ... @given(resident_ids(born_before=date(2000, 1, 1)))
        ... def check(value):
        ...     assert ric.validate(value) == value
        ...     assert ric.birth_date(value) < date(2000, 1, 1)
        >>> check()
    """
    births = st.dates(min_value=date(1900, 1, None), max_value=born_before - timedelta(days=1))
    body = _concat(
        st.sampled_from(sorted(ric.PROVINCE_CODES)),
        _digits(4),
        births.map(lambda born: f"{born.year:04d}{born.month:02d}{born.day:02d}"),
        _digits(3),
    )
    return body.map(_with_ric_check)


def x_resident_ids__mutmut_9(*, born_before: date = date(2008, 1, 1)) -> st.SearchStrategy[str]:
    """Valid 18-character resident ID numbers of people born before ``born_before``.

    Args:
        born_before: Every birth date is strictly earlier than this day (and
            no earlier than 1900-01-01).

    Examples:
        >>> from hypothesis import given, settings
        >>> @settings(max_examples=5, deadline=None)
        ... @given(resident_ids(born_before=date(2000, 1, 1)))
        ... def check(value):
        ...     assert ric.validate(value) == value
        ...     assert ric.birth_date(value) < date(2000, 1, 1)
        >>> check()
    """
    births = st.dates(min_value=date(1, 1), max_value=born_before - timedelta(days=1))
    body = _concat(
        st.sampled_from(sorted(ric.PROVINCE_CODES)),
        _digits(4),
        births.map(lambda born: f"{born.year:04d}{born.month:02d}{born.day:02d}"),
        _digits(3),
    )
    return body.map(_with_ric_check)


def x_resident_ids__mutmut_10(*, born_before: date = date(2008, 1, 1)) -> st.SearchStrategy[str]:
    """Valid 18-character resident ID numbers of people born before ``born_before``.

    Args:
        born_before: Every birth date is strictly earlier than this day (and
            no earlier than 1900-01-01).

    Examples:
        >>> from hypothesis import given, settings
        >>> @settings(max_examples=5, deadline=None)
        ... @given(resident_ids(born_before=date(2000, 1, 1)))
        ... def check(value):
        ...     assert ric.validate(value) == value
        ...     assert ric.birth_date(value) < date(2000, 1, 1)
        >>> check()
    """
    births = st.dates(min_value=date(1900, 1), max_value=born_before - timedelta(days=1))
    body = _concat(
        st.sampled_from(sorted(ric.PROVINCE_CODES)),
        _digits(4),
        births.map(lambda born: f"{born.year:04d}{born.month:02d}{born.day:02d}"),
        _digits(3),
    )
    return body.map(_with_ric_check)


def x_resident_ids__mutmut_11(*, born_before: date = date(2008, 1, 1)) -> st.SearchStrategy[str]:
    """Valid 18-character resident ID numbers of people born before ``born_before``.

    Args:
        born_before: Every birth date is strictly earlier than this day (and
            no earlier than 1900-01-01).

    Examples:
        >>> from hypothesis import given, settings
        >>> @settings(max_examples=5, deadline=None)
        ... @given(resident_ids(born_before=date(2000, 1, 1)))
        ... def check(value):
        ...     assert ric.validate(value) == value
        ...     assert ric.birth_date(value) < date(2000, 1, 1)
        >>> check()
    """
    births = st.dates(min_value=date(1900, 1, ), max_value=born_before - timedelta(days=1))
    body = _concat(
        st.sampled_from(sorted(ric.PROVINCE_CODES)),
        _digits(4),
        births.map(lambda born: f"{born.year:04d}{born.month:02d}{born.day:02d}"),
        _digits(3),
    )
    return body.map(_with_ric_check)


def x_resident_ids__mutmut_12(*, born_before: date = date(2008, 1, 1)) -> st.SearchStrategy[str]:
    """Valid 18-character resident ID numbers of people born before ``born_before``.

    Args:
        born_before: Every birth date is strictly earlier than this day (and
            no earlier than 1900-01-01).

    Examples:
        >>> from hypothesis import given, settings
        >>> @settings(max_examples=5, deadline=None)
        ... @given(resident_ids(born_before=date(2000, 1, 1)))
        ... def check(value):
        ...     assert ric.validate(value) == value
        ...     assert ric.birth_date(value) < date(2000, 1, 1)
        >>> check()
    """
    births = st.dates(min_value=date(1901, 1, 1), max_value=born_before - timedelta(days=1))
    body = _concat(
        st.sampled_from(sorted(ric.PROVINCE_CODES)),
        _digits(4),
        births.map(lambda born: f"{born.year:04d}{born.month:02d}{born.day:02d}"),
        _digits(3),
    )
    return body.map(_with_ric_check)


def x_resident_ids__mutmut_13(*, born_before: date = date(2008, 1, 1)) -> st.SearchStrategy[str]:
    """Valid 18-character resident ID numbers of people born before ``born_before``.

    Args:
        born_before: Every birth date is strictly earlier than this day (and
            no earlier than 1900-01-01).

    Examples:
        >>> from hypothesis import given, settings
        >>> @settings(max_examples=5, deadline=None)
        ... @given(resident_ids(born_before=date(2000, 1, 1)))
        ... def check(value):
        ...     assert ric.validate(value) == value
        ...     assert ric.birth_date(value) < date(2000, 1, 1)
        >>> check()
    """
    births = st.dates(min_value=date(1900, 2, 1), max_value=born_before - timedelta(days=1))
    body = _concat(
        st.sampled_from(sorted(ric.PROVINCE_CODES)),
        _digits(4),
        births.map(lambda born: f"{born.year:04d}{born.month:02d}{born.day:02d}"),
        _digits(3),
    )
    return body.map(_with_ric_check)


def x_resident_ids__mutmut_14(*, born_before: date = date(2008, 1, 1)) -> st.SearchStrategy[str]:
    """Valid 18-character resident ID numbers of people born before ``born_before``.

    Args:
        born_before: Every birth date is strictly earlier than this day (and
            no earlier than 1900-01-01).

    Examples:
        >>> from hypothesis import given, settings
        >>> @settings(max_examples=5, deadline=None)
        ... @given(resident_ids(born_before=date(2000, 1, 1)))
        ... def check(value):
        ...     assert ric.validate(value) == value
        ...     assert ric.birth_date(value) < date(2000, 1, 1)
        >>> check()
    """
    births = st.dates(min_value=date(1900, 1, 2), max_value=born_before - timedelta(days=1))
    body = _concat(
        st.sampled_from(sorted(ric.PROVINCE_CODES)),
        _digits(4),
        births.map(lambda born: f"{born.year:04d}{born.month:02d}{born.day:02d}"),
        _digits(3),
    )
    return body.map(_with_ric_check)


def x_resident_ids__mutmut_15(*, born_before: date = date(2008, 1, 1)) -> st.SearchStrategy[str]:
    """Valid 18-character resident ID numbers of people born before ``born_before``.

    Args:
        born_before: Every birth date is strictly earlier than this day (and
            no earlier than 1900-01-01).

    Examples:
        >>> from hypothesis import given, settings
        >>> @settings(max_examples=5, deadline=None)
        ... @given(resident_ids(born_before=date(2000, 1, 1)))
        ... def check(value):
        ...     assert ric.validate(value) == value
        ...     assert ric.birth_date(value) < date(2000, 1, 1)
        >>> check()
    """
    births = st.dates(min_value=date(1900, 1, 1), max_value=born_before + timedelta(days=1))
    body = _concat(
        st.sampled_from(sorted(ric.PROVINCE_CODES)),
        _digits(4),
        births.map(lambda born: f"{born.year:04d}{born.month:02d}{born.day:02d}"),
        _digits(3),
    )
    return body.map(_with_ric_check)


def x_resident_ids__mutmut_16(*, born_before: date = date(2008, 1, 1)) -> st.SearchStrategy[str]:
    """Valid 18-character resident ID numbers of people born before ``born_before``.

    Args:
        born_before: Every birth date is strictly earlier than this day (and
            no earlier than 1900-01-01).

    Examples:
        >>> from hypothesis import given, settings
        >>> @settings(max_examples=5, deadline=None)
        ... @given(resident_ids(born_before=date(2000, 1, 1)))
        ... def check(value):
        ...     assert ric.validate(value) == value
        ...     assert ric.birth_date(value) < date(2000, 1, 1)
        >>> check()
    """
    births = st.dates(min_value=date(1900, 1, 1), max_value=born_before - timedelta(days=None))
    body = _concat(
        st.sampled_from(sorted(ric.PROVINCE_CODES)),
        _digits(4),
        births.map(lambda born: f"{born.year:04d}{born.month:02d}{born.day:02d}"),
        _digits(3),
    )
    return body.map(_with_ric_check)


def x_resident_ids__mutmut_17(*, born_before: date = date(2008, 1, 1)) -> st.SearchStrategy[str]:
    """Valid 18-character resident ID numbers of people born before ``born_before``.

    Args:
        born_before: Every birth date is strictly earlier than this day (and
            no earlier than 1900-01-01).

    Examples:
        >>> from hypothesis import given, settings
        >>> @settings(max_examples=5, deadline=None)
        ... @given(resident_ids(born_before=date(2000, 1, 1)))
        ... def check(value):
        ...     assert ric.validate(value) == value
        ...     assert ric.birth_date(value) < date(2000, 1, 1)
        >>> check()
    """
    births = st.dates(min_value=date(1900, 1, 1), max_value=born_before - timedelta(days=2))
    body = _concat(
        st.sampled_from(sorted(ric.PROVINCE_CODES)),
        _digits(4),
        births.map(lambda born: f"{born.year:04d}{born.month:02d}{born.day:02d}"),
        _digits(3),
    )
    return body.map(_with_ric_check)


def x_resident_ids__mutmut_18(*, born_before: date = date(2008, 1, 1)) -> st.SearchStrategy[str]:
    """Valid 18-character resident ID numbers of people born before ``born_before``.

    Args:
        born_before: Every birth date is strictly earlier than this day (and
            no earlier than 1900-01-01).

    Examples:
        >>> from hypothesis import given, settings
        >>> @settings(max_examples=5, deadline=None)
        ... @given(resident_ids(born_before=date(2000, 1, 1)))
        ... def check(value):
        ...     assert ric.validate(value) == value
        ...     assert ric.birth_date(value) < date(2000, 1, 1)
        >>> check()
    """
    births = st.dates(min_value=date(1900, 1, 1), max_value=born_before - timedelta(days=1))
    body = None
    return body.map(_with_ric_check)


def x_resident_ids__mutmut_19(*, born_before: date = date(2008, 1, 1)) -> st.SearchStrategy[str]:
    """Valid 18-character resident ID numbers of people born before ``born_before``.

    Args:
        born_before: Every birth date is strictly earlier than this day (and
            no earlier than 1900-01-01).

    Examples:
        >>> from hypothesis import given, settings
        >>> @settings(max_examples=5, deadline=None)
        ... @given(resident_ids(born_before=date(2000, 1, 1)))
        ... def check(value):
        ...     assert ric.validate(value) == value
        ...     assert ric.birth_date(value) < date(2000, 1, 1)
        >>> check()
    """
    births = st.dates(min_value=date(1900, 1, 1), max_value=born_before - timedelta(days=1))
    body = _concat(
        None,
        _digits(4),
        births.map(lambda born: f"{born.year:04d}{born.month:02d}{born.day:02d}"),
        _digits(3),
    )
    return body.map(_with_ric_check)


def x_resident_ids__mutmut_20(*, born_before: date = date(2008, 1, 1)) -> st.SearchStrategy[str]:
    """Valid 18-character resident ID numbers of people born before ``born_before``.

    Args:
        born_before: Every birth date is strictly earlier than this day (and
            no earlier than 1900-01-01).

    Examples:
        >>> from hypothesis import given, settings
        >>> @settings(max_examples=5, deadline=None)
        ... @given(resident_ids(born_before=date(2000, 1, 1)))
        ... def check(value):
        ...     assert ric.validate(value) == value
        ...     assert ric.birth_date(value) < date(2000, 1, 1)
        >>> check()
    """
    births = st.dates(min_value=date(1900, 1, 1), max_value=born_before - timedelta(days=1))
    body = _concat(
        st.sampled_from(sorted(ric.PROVINCE_CODES)),
        None,
        births.map(lambda born: f"{born.year:04d}{born.month:02d}{born.day:02d}"),
        _digits(3),
    )
    return body.map(_with_ric_check)


def x_resident_ids__mutmut_21(*, born_before: date = date(2008, 1, 1)) -> st.SearchStrategy[str]:
    """Valid 18-character resident ID numbers of people born before ``born_before``.

    Args:
        born_before: Every birth date is strictly earlier than this day (and
            no earlier than 1900-01-01).

    Examples:
        >>> from hypothesis import given, settings
        >>> @settings(max_examples=5, deadline=None)
        ... @given(resident_ids(born_before=date(2000, 1, 1)))
        ... def check(value):
        ...     assert ric.validate(value) == value
        ...     assert ric.birth_date(value) < date(2000, 1, 1)
        >>> check()
    """
    births = st.dates(min_value=date(1900, 1, 1), max_value=born_before - timedelta(days=1))
    body = _concat(
        st.sampled_from(sorted(ric.PROVINCE_CODES)),
        _digits(4),
        None,
        _digits(3),
    )
    return body.map(_with_ric_check)


def x_resident_ids__mutmut_22(*, born_before: date = date(2008, 1, 1)) -> st.SearchStrategy[str]:
    """Valid 18-character resident ID numbers of people born before ``born_before``.

    Args:
        born_before: Every birth date is strictly earlier than this day (and
            no earlier than 1900-01-01).

    Examples:
        >>> from hypothesis import given, settings
        >>> @settings(max_examples=5, deadline=None)
        ... @given(resident_ids(born_before=date(2000, 1, 1)))
        ... def check(value):
        ...     assert ric.validate(value) == value
        ...     assert ric.birth_date(value) < date(2000, 1, 1)
        >>> check()
    """
    births = st.dates(min_value=date(1900, 1, 1), max_value=born_before - timedelta(days=1))
    body = _concat(
        st.sampled_from(sorted(ric.PROVINCE_CODES)),
        _digits(4),
        births.map(lambda born: f"{born.year:04d}{born.month:02d}{born.day:02d}"),
        None,
    )
    return body.map(_with_ric_check)


def x_resident_ids__mutmut_23(*, born_before: date = date(2008, 1, 1)) -> st.SearchStrategy[str]:
    """Valid 18-character resident ID numbers of people born before ``born_before``.

    Args:
        born_before: Every birth date is strictly earlier than this day (and
            no earlier than 1900-01-01).

    Examples:
        >>> from hypothesis import given, settings
        >>> @settings(max_examples=5, deadline=None)
        ... @given(resident_ids(born_before=date(2000, 1, 1)))
        ... def check(value):
        ...     assert ric.validate(value) == value
        ...     assert ric.birth_date(value) < date(2000, 1, 1)
        >>> check()
    """
    births = st.dates(min_value=date(1900, 1, 1), max_value=born_before - timedelta(days=1))
    body = _concat(
        _digits(4),
        births.map(lambda born: f"{born.year:04d}{born.month:02d}{born.day:02d}"),
        _digits(3),
    )
    return body.map(_with_ric_check)


def x_resident_ids__mutmut_24(*, born_before: date = date(2008, 1, 1)) -> st.SearchStrategy[str]:
    """Valid 18-character resident ID numbers of people born before ``born_before``.

    Args:
        born_before: Every birth date is strictly earlier than this day (and
            no earlier than 1900-01-01).

    Examples:
        >>> from hypothesis import given, settings
        >>> @settings(max_examples=5, deadline=None)
        ... @given(resident_ids(born_before=date(2000, 1, 1)))
        ... def check(value):
        ...     assert ric.validate(value) == value
        ...     assert ric.birth_date(value) < date(2000, 1, 1)
        >>> check()
    """
    births = st.dates(min_value=date(1900, 1, 1), max_value=born_before - timedelta(days=1))
    body = _concat(
        st.sampled_from(sorted(ric.PROVINCE_CODES)),
        births.map(lambda born: f"{born.year:04d}{born.month:02d}{born.day:02d}"),
        _digits(3),
    )
    return body.map(_with_ric_check)


def x_resident_ids__mutmut_25(*, born_before: date = date(2008, 1, 1)) -> st.SearchStrategy[str]:
    """Valid 18-character resident ID numbers of people born before ``born_before``.

    Args:
        born_before: Every birth date is strictly earlier than this day (and
            no earlier than 1900-01-01).

    Examples:
        >>> from hypothesis import given, settings
        >>> @settings(max_examples=5, deadline=None)
        ... @given(resident_ids(born_before=date(2000, 1, 1)))
        ... def check(value):
        ...     assert ric.validate(value) == value
        ...     assert ric.birth_date(value) < date(2000, 1, 1)
        >>> check()
    """
    births = st.dates(min_value=date(1900, 1, 1), max_value=born_before - timedelta(days=1))
    body = _concat(
        st.sampled_from(sorted(ric.PROVINCE_CODES)),
        _digits(4),
        _digits(3),
    )
    return body.map(_with_ric_check)


def x_resident_ids__mutmut_26(*, born_before: date = date(2008, 1, 1)) -> st.SearchStrategy[str]:
    """Valid 18-character resident ID numbers of people born before ``born_before``.

    Args:
        born_before: Every birth date is strictly earlier than this day (and
            no earlier than 1900-01-01).

    Examples:
        >>> from hypothesis import given, settings
        >>> @settings(max_examples=5, deadline=None)
        ... @given(resident_ids(born_before=date(2000, 1, 1)))
        ... def check(value):
        ...     assert ric.validate(value) == value
        ...     assert ric.birth_date(value) < date(2000, 1, 1)
        >>> check()
    """
    births = st.dates(min_value=date(1900, 1, 1), max_value=born_before - timedelta(days=1))
    body = _concat(
        st.sampled_from(sorted(ric.PROVINCE_CODES)),
        _digits(4),
        births.map(lambda born: f"{born.year:04d}{born.month:02d}{born.day:02d}"),
        )
    return body.map(_with_ric_check)


def x_resident_ids__mutmut_27(*, born_before: date = date(2008, 1, 1)) -> st.SearchStrategy[str]:
    """Valid 18-character resident ID numbers of people born before ``born_before``.

    Args:
        born_before: Every birth date is strictly earlier than this day (and
            no earlier than 1900-01-01).

    Examples:
        >>> from hypothesis import given, settings
        >>> @settings(max_examples=5, deadline=None)
        ... @given(resident_ids(born_before=date(2000, 1, 1)))
        ... def check(value):
        ...     assert ric.validate(value) == value
        ...     assert ric.birth_date(value) < date(2000, 1, 1)
        >>> check()
    """
    births = st.dates(min_value=date(1900, 1, 1), max_value=born_before - timedelta(days=1))
    body = _concat(
        st.sampled_from(None),
        _digits(4),
        births.map(lambda born: f"{born.year:04d}{born.month:02d}{born.day:02d}"),
        _digits(3),
    )
    return body.map(_with_ric_check)


def x_resident_ids__mutmut_28(*, born_before: date = date(2008, 1, 1)) -> st.SearchStrategy[str]:
    """Valid 18-character resident ID numbers of people born before ``born_before``.

    Args:
        born_before: Every birth date is strictly earlier than this day (and
            no earlier than 1900-01-01).

    Examples:
        >>> from hypothesis import given, settings
        >>> @settings(max_examples=5, deadline=None)
        ... @given(resident_ids(born_before=date(2000, 1, 1)))
        ... def check(value):
        ...     assert ric.validate(value) == value
        ...     assert ric.birth_date(value) < date(2000, 1, 1)
        >>> check()
    """
    births = st.dates(min_value=date(1900, 1, 1), max_value=born_before - timedelta(days=1))
    body = _concat(
        st.sampled_from(sorted(None)),
        _digits(4),
        births.map(lambda born: f"{born.year:04d}{born.month:02d}{born.day:02d}"),
        _digits(3),
    )
    return body.map(_with_ric_check)


def x_resident_ids__mutmut_29(*, born_before: date = date(2008, 1, 1)) -> st.SearchStrategy[str]:
    """Valid 18-character resident ID numbers of people born before ``born_before``.

    Args:
        born_before: Every birth date is strictly earlier than this day (and
            no earlier than 1900-01-01).

    Examples:
        >>> from hypothesis import given, settings
        >>> @settings(max_examples=5, deadline=None)
        ... @given(resident_ids(born_before=date(2000, 1, 1)))
        ... def check(value):
        ...     assert ric.validate(value) == value
        ...     assert ric.birth_date(value) < date(2000, 1, 1)
        >>> check()
    """
    births = st.dates(min_value=date(1900, 1, 1), max_value=born_before - timedelta(days=1))
    body = _concat(
        st.sampled_from(sorted(ric.PROVINCE_CODES)),
        _digits(None),
        births.map(lambda born: f"{born.year:04d}{born.month:02d}{born.day:02d}"),
        _digits(3),
    )
    return body.map(_with_ric_check)


def x_resident_ids__mutmut_30(*, born_before: date = date(2008, 1, 1)) -> st.SearchStrategy[str]:
    """Valid 18-character resident ID numbers of people born before ``born_before``.

    Args:
        born_before: Every birth date is strictly earlier than this day (and
            no earlier than 1900-01-01).

    Examples:
        >>> from hypothesis import given, settings
        >>> @settings(max_examples=5, deadline=None)
        ... @given(resident_ids(born_before=date(2000, 1, 1)))
        ... def check(value):
        ...     assert ric.validate(value) == value
        ...     assert ric.birth_date(value) < date(2000, 1, 1)
        >>> check()
    """
    births = st.dates(min_value=date(1900, 1, 1), max_value=born_before - timedelta(days=1))
    body = _concat(
        st.sampled_from(sorted(ric.PROVINCE_CODES)),
        _digits(5),
        births.map(lambda born: f"{born.year:04d}{born.month:02d}{born.day:02d}"),
        _digits(3),
    )
    return body.map(_with_ric_check)


def x_resident_ids__mutmut_31(*, born_before: date = date(2008, 1, 1)) -> st.SearchStrategy[str]:
    """Valid 18-character resident ID numbers of people born before ``born_before``.

    Args:
        born_before: Every birth date is strictly earlier than this day (and
            no earlier than 1900-01-01).

    Examples:
        >>> from hypothesis import given, settings
        >>> @settings(max_examples=5, deadline=None)
        ... @given(resident_ids(born_before=date(2000, 1, 1)))
        ... def check(value):
        ...     assert ric.validate(value) == value
        ...     assert ric.birth_date(value) < date(2000, 1, 1)
        >>> check()
    """
    births = st.dates(min_value=date(1900, 1, 1), max_value=born_before - timedelta(days=1))
    body = _concat(
        st.sampled_from(sorted(ric.PROVINCE_CODES)),
        _digits(4),
        births.map(None),
        _digits(3),
    )
    return body.map(_with_ric_check)


def x_resident_ids__mutmut_32(*, born_before: date = date(2008, 1, 1)) -> st.SearchStrategy[str]:
    """Valid 18-character resident ID numbers of people born before ``born_before``.

    Args:
        born_before: Every birth date is strictly earlier than this day (and
            no earlier than 1900-01-01).

    Examples:
        >>> from hypothesis import given, settings
        >>> @settings(max_examples=5, deadline=None)
        ... @given(resident_ids(born_before=date(2000, 1, 1)))
        ... def check(value):
        ...     assert ric.validate(value) == value
        ...     assert ric.birth_date(value) < date(2000, 1, 1)
        >>> check()
    """
    births = st.dates(min_value=date(1900, 1, 1), max_value=born_before - timedelta(days=1))
    body = _concat(
        st.sampled_from(sorted(ric.PROVINCE_CODES)),
        _digits(4),
        births.map(lambda born: None),
        _digits(3),
    )
    return body.map(_with_ric_check)


def x_resident_ids__mutmut_33(*, born_before: date = date(2008, 1, 1)) -> st.SearchStrategy[str]:
    """Valid 18-character resident ID numbers of people born before ``born_before``.

    Args:
        born_before: Every birth date is strictly earlier than this day (and
            no earlier than 1900-01-01).

    Examples:
        >>> from hypothesis import given, settings
        >>> @settings(max_examples=5, deadline=None)
        ... @given(resident_ids(born_before=date(2000, 1, 1)))
        ... def check(value):
        ...     assert ric.validate(value) == value
        ...     assert ric.birth_date(value) < date(2000, 1, 1)
        >>> check()
    """
    births = st.dates(min_value=date(1900, 1, 1), max_value=born_before - timedelta(days=1))
    body = _concat(
        st.sampled_from(sorted(ric.PROVINCE_CODES)),
        _digits(4),
        births.map(lambda born: f"{born.year:04d}{born.month:02d}{born.day:02d}"),
        _digits(None),
    )
    return body.map(_with_ric_check)


def x_resident_ids__mutmut_34(*, born_before: date = date(2008, 1, 1)) -> st.SearchStrategy[str]:
    """Valid 18-character resident ID numbers of people born before ``born_before``.

    Args:
        born_before: Every birth date is strictly earlier than this day (and
            no earlier than 1900-01-01).

    Examples:
        >>> from hypothesis import given, settings
        >>> @settings(max_examples=5, deadline=None)
        ... @given(resident_ids(born_before=date(2000, 1, 1)))
        ... def check(value):
        ...     assert ric.validate(value) == value
        ...     assert ric.birth_date(value) < date(2000, 1, 1)
        >>> check()
    """
    births = st.dates(min_value=date(1900, 1, 1), max_value=born_before - timedelta(days=1))
    body = _concat(
        st.sampled_from(sorted(ric.PROVINCE_CODES)),
        _digits(4),
        births.map(lambda born: f"{born.year:04d}{born.month:02d}{born.day:02d}"),
        _digits(4),
    )
    return body.map(_with_ric_check)


def x_resident_ids__mutmut_35(*, born_before: date = date(2008, 1, 1)) -> st.SearchStrategy[str]:
    """Valid 18-character resident ID numbers of people born before ``born_before``.

    Args:
        born_before: Every birth date is strictly earlier than this day (and
            no earlier than 1900-01-01).

    Examples:
        >>> from hypothesis import given, settings
        >>> @settings(max_examples=5, deadline=None)
        ... @given(resident_ids(born_before=date(2000, 1, 1)))
        ... def check(value):
        ...     assert ric.validate(value) == value
        ...     assert ric.birth_date(value) < date(2000, 1, 1)
        >>> check()
    """
    births = st.dates(min_value=date(1900, 1, 1), max_value=born_before - timedelta(days=1))
    body = _concat(
        st.sampled_from(sorted(ric.PROVINCE_CODES)),
        _digits(4),
        births.map(lambda born: f"{born.year:04d}{born.month:02d}{born.day:02d}"),
        _digits(3),
    )
    return body.map(None)

mutants_x_resident_ids__mutmut['_mutmut_orig'] = x_resident_ids__mutmut_orig # type: ignore # mutmut generated
mutants_x_resident_ids__mutmut['x_resident_ids__mutmut_1'] = x_resident_ids__mutmut_1 # type: ignore # mutmut generated
mutants_x_resident_ids__mutmut['x_resident_ids__mutmut_2'] = x_resident_ids__mutmut_2 # type: ignore # mutmut generated
mutants_x_resident_ids__mutmut['x_resident_ids__mutmut_3'] = x_resident_ids__mutmut_3 # type: ignore # mutmut generated
mutants_x_resident_ids__mutmut['x_resident_ids__mutmut_4'] = x_resident_ids__mutmut_4 # type: ignore # mutmut generated
mutants_x_resident_ids__mutmut['x_resident_ids__mutmut_5'] = x_resident_ids__mutmut_5 # type: ignore # mutmut generated
mutants_x_resident_ids__mutmut['x_resident_ids__mutmut_6'] = x_resident_ids__mutmut_6 # type: ignore # mutmut generated
mutants_x_resident_ids__mutmut['x_resident_ids__mutmut_7'] = x_resident_ids__mutmut_7 # type: ignore # mutmut generated
mutants_x_resident_ids__mutmut['x_resident_ids__mutmut_8'] = x_resident_ids__mutmut_8 # type: ignore # mutmut generated
mutants_x_resident_ids__mutmut['x_resident_ids__mutmut_9'] = x_resident_ids__mutmut_9 # type: ignore # mutmut generated
mutants_x_resident_ids__mutmut['x_resident_ids__mutmut_10'] = x_resident_ids__mutmut_10 # type: ignore # mutmut generated
mutants_x_resident_ids__mutmut['x_resident_ids__mutmut_11'] = x_resident_ids__mutmut_11 # type: ignore # mutmut generated
mutants_x_resident_ids__mutmut['x_resident_ids__mutmut_12'] = x_resident_ids__mutmut_12 # type: ignore # mutmut generated
mutants_x_resident_ids__mutmut['x_resident_ids__mutmut_13'] = x_resident_ids__mutmut_13 # type: ignore # mutmut generated
mutants_x_resident_ids__mutmut['x_resident_ids__mutmut_14'] = x_resident_ids__mutmut_14 # type: ignore # mutmut generated
mutants_x_resident_ids__mutmut['x_resident_ids__mutmut_15'] = x_resident_ids__mutmut_15 # type: ignore # mutmut generated
mutants_x_resident_ids__mutmut['x_resident_ids__mutmut_16'] = x_resident_ids__mutmut_16 # type: ignore # mutmut generated
mutants_x_resident_ids__mutmut['x_resident_ids__mutmut_17'] = x_resident_ids__mutmut_17 # type: ignore # mutmut generated
mutants_x_resident_ids__mutmut['x_resident_ids__mutmut_18'] = x_resident_ids__mutmut_18 # type: ignore # mutmut generated
mutants_x_resident_ids__mutmut['x_resident_ids__mutmut_19'] = x_resident_ids__mutmut_19 # type: ignore # mutmut generated
mutants_x_resident_ids__mutmut['x_resident_ids__mutmut_20'] = x_resident_ids__mutmut_20 # type: ignore # mutmut generated
mutants_x_resident_ids__mutmut['x_resident_ids__mutmut_21'] = x_resident_ids__mutmut_21 # type: ignore # mutmut generated
mutants_x_resident_ids__mutmut['x_resident_ids__mutmut_22'] = x_resident_ids__mutmut_22 # type: ignore # mutmut generated
mutants_x_resident_ids__mutmut['x_resident_ids__mutmut_23'] = x_resident_ids__mutmut_23 # type: ignore # mutmut generated
mutants_x_resident_ids__mutmut['x_resident_ids__mutmut_24'] = x_resident_ids__mutmut_24 # type: ignore # mutmut generated
mutants_x_resident_ids__mutmut['x_resident_ids__mutmut_25'] = x_resident_ids__mutmut_25 # type: ignore # mutmut generated
mutants_x_resident_ids__mutmut['x_resident_ids__mutmut_26'] = x_resident_ids__mutmut_26 # type: ignore # mutmut generated
mutants_x_resident_ids__mutmut['x_resident_ids__mutmut_27'] = x_resident_ids__mutmut_27 # type: ignore # mutmut generated
mutants_x_resident_ids__mutmut['x_resident_ids__mutmut_28'] = x_resident_ids__mutmut_28 # type: ignore # mutmut generated
mutants_x_resident_ids__mutmut['x_resident_ids__mutmut_29'] = x_resident_ids__mutmut_29 # type: ignore # mutmut generated
mutants_x_resident_ids__mutmut['x_resident_ids__mutmut_30'] = x_resident_ids__mutmut_30 # type: ignore # mutmut generated
mutants_x_resident_ids__mutmut['x_resident_ids__mutmut_31'] = x_resident_ids__mutmut_31 # type: ignore # mutmut generated
mutants_x_resident_ids__mutmut['x_resident_ids__mutmut_32'] = x_resident_ids__mutmut_32 # type: ignore # mutmut generated
mutants_x_resident_ids__mutmut['x_resident_ids__mutmut_33'] = x_resident_ids__mutmut_33 # type: ignore # mutmut generated
mutants_x_resident_ids__mutmut['x_resident_ids__mutmut_34'] = x_resident_ids__mutmut_34 # type: ignore # mutmut generated
mutants_x_resident_ids__mutmut['x_resident_ids__mutmut_35'] = x_resident_ids__mutmut_35 # type: ignore # mutmut generated
mutants_x__with_uscc_check__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__with_uscc_check__mutmut)
def _with_uscc_check(body: str) -> str:
    return body + uscc.check_digit(body + "0")


def x__with_uscc_check__mutmut_orig(body: str) -> str:
    return body + uscc.check_digit(body + "0")


def x__with_uscc_check__mutmut_1(body: str) -> str:
    return body - uscc.check_digit(body + "0")


def x__with_uscc_check__mutmut_2(body: str) -> str:
    return body + uscc.check_digit(None)


def x__with_uscc_check__mutmut_3(body: str) -> str:
    return body + uscc.check_digit(body - "0")


def x__with_uscc_check__mutmut_4(body: str) -> str:
    return body + uscc.check_digit(body + "XX0XX")

mutants_x__with_uscc_check__mutmut['_mutmut_orig'] = x__with_uscc_check__mutmut_orig # type: ignore # mutmut generated
mutants_x__with_uscc_check__mutmut['x__with_uscc_check__mutmut_1'] = x__with_uscc_check__mutmut_1 # type: ignore # mutmut generated
mutants_x__with_uscc_check__mutmut['x__with_uscc_check__mutmut_2'] = x__with_uscc_check__mutmut_2 # type: ignore # mutmut generated
mutants_x__with_uscc_check__mutmut['x__with_uscc_check__mutmut_3'] = x__with_uscc_check__mutmut_3 # type: ignore # mutmut generated
mutants_x__with_uscc_check__mutmut['x__with_uscc_check__mutmut_4'] = x__with_uscc_check__mutmut_4 # type: ignore # mutmut generated
mutants_x_usccs__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_usccs__mutmut)
def usccs() -> st.SearchStrategy[str]:
    """Valid unified social credit codes, including letter authority codes (N, Y).

    Examples:
        >>> from hypothesis import given, settings
        >>> @settings(max_examples=5, deadline=None)
        ... @given(usccs())
        ... def check(value):
        ...     assert len(value) == 18 and uscc.validate(value) == value
        >>> check()
    """
    body = _concat(
        st.sampled_from("123456789ANY"),
        st.sampled_from("123456789"),
        _digits(6),
        st.text(alphabet=_USCC_ALPHABET, min_size=9, max_size=9),
    )
    return body.map(_with_uscc_check)


def x_usccs__mutmut_orig() -> st.SearchStrategy[str]:
    """Valid unified social credit codes, including letter authority codes (N, Y).

    Examples:
        >>> from hypothesis import given, settings
        >>> @settings(max_examples=5, deadline=None)
        ... @given(usccs())
        ... def check(value):
        ...     assert len(value) == 18 and uscc.validate(value) == value
        >>> check()
    """
    body = _concat(
        st.sampled_from("123456789ANY"),
        st.sampled_from("123456789"),
        _digits(6),
        st.text(alphabet=_USCC_ALPHABET, min_size=9, max_size=9),
    )
    return body.map(_with_uscc_check)


def x_usccs__mutmut_1() -> st.SearchStrategy[str]:
    """Valid unified social credit codes, including letter authority codes (N, Y).

    Examples:
        >>> from hypothesis import given, settings
        >>> @settings(max_examples=5, deadline=None)
        ... @given(usccs())
        ... def check(value):
        ...     assert len(value) == 18 and uscc.validate(value) == value
        >>> check()
    """
    body = None
    return body.map(_with_uscc_check)


def x_usccs__mutmut_2() -> st.SearchStrategy[str]:
    """Valid unified social credit codes, including letter authority codes (N, Y).

    Examples:
        >>> from hypothesis import given, settings
        >>> @settings(max_examples=5, deadline=None)
        ... @given(usccs())
        ... def check(value):
        ...     assert len(value) == 18 and uscc.validate(value) == value
        >>> check()
    """
    body = _concat(
        None,
        st.sampled_from("123456789"),
        _digits(6),
        st.text(alphabet=_USCC_ALPHABET, min_size=9, max_size=9),
    )
    return body.map(_with_uscc_check)


def x_usccs__mutmut_3() -> st.SearchStrategy[str]:
    """Valid unified social credit codes, including letter authority codes (N, Y).

    Examples:
        >>> from hypothesis import given, settings
        >>> @settings(max_examples=5, deadline=None)
        ... @given(usccs())
        ... def check(value):
        ...     assert len(value) == 18 and uscc.validate(value) == value
        >>> check()
    """
    body = _concat(
        st.sampled_from("123456789ANY"),
        None,
        _digits(6),
        st.text(alphabet=_USCC_ALPHABET, min_size=9, max_size=9),
    )
    return body.map(_with_uscc_check)


def x_usccs__mutmut_4() -> st.SearchStrategy[str]:
    """Valid unified social credit codes, including letter authority codes (N, Y).

    Examples:
        >>> from hypothesis import given, settings
        >>> @settings(max_examples=5, deadline=None)
        ... @given(usccs())
        ... def check(value):
        ...     assert len(value) == 18 and uscc.validate(value) == value
        >>> check()
    """
    body = _concat(
        st.sampled_from("123456789ANY"),
        st.sampled_from("123456789"),
        None,
        st.text(alphabet=_USCC_ALPHABET, min_size=9, max_size=9),
    )
    return body.map(_with_uscc_check)


def x_usccs__mutmut_5() -> st.SearchStrategy[str]:
    """Valid unified social credit codes, including letter authority codes (N, Y).

    Examples:
        >>> from hypothesis import given, settings
        >>> @settings(max_examples=5, deadline=None)
        ... @given(usccs())
        ... def check(value):
        ...     assert len(value) == 18 and uscc.validate(value) == value
        >>> check()
    """
    body = _concat(
        st.sampled_from("123456789ANY"),
        st.sampled_from("123456789"),
        _digits(6),
        None,
    )
    return body.map(_with_uscc_check)


def x_usccs__mutmut_6() -> st.SearchStrategy[str]:
    """Valid unified social credit codes, including letter authority codes (N, Y).

    Examples:
        >>> from hypothesis import given, settings
        >>> @settings(max_examples=5, deadline=None)
        ... @given(usccs())
        ... def check(value):
        ...     assert len(value) == 18 and uscc.validate(value) == value
        >>> check()
    """
    body = _concat(
        st.sampled_from("123456789"),
        _digits(6),
        st.text(alphabet=_USCC_ALPHABET, min_size=9, max_size=9),
    )
    return body.map(_with_uscc_check)


def x_usccs__mutmut_7() -> st.SearchStrategy[str]:
    """Valid unified social credit codes, including letter authority codes (N, Y).

    Examples:
        >>> from hypothesis import given, settings
        >>> @settings(max_examples=5, deadline=None)
        ... @given(usccs())
        ... def check(value):
        ...     assert len(value) == 18 and uscc.validate(value) == value
        >>> check()
    """
    body = _concat(
        st.sampled_from("123456789ANY"),
        _digits(6),
        st.text(alphabet=_USCC_ALPHABET, min_size=9, max_size=9),
    )
    return body.map(_with_uscc_check)


def x_usccs__mutmut_8() -> st.SearchStrategy[str]:
    """Valid unified social credit codes, including letter authority codes (N, Y).

    Examples:
        >>> from hypothesis import given, settings
        >>> @settings(max_examples=5, deadline=None)
        ... @given(usccs())
        ... def check(value):
        ...     assert len(value) == 18 and uscc.validate(value) == value
        >>> check()
    """
    body = _concat(
        st.sampled_from("123456789ANY"),
        st.sampled_from("123456789"),
        st.text(alphabet=_USCC_ALPHABET, min_size=9, max_size=9),
    )
    return body.map(_with_uscc_check)


def x_usccs__mutmut_9() -> st.SearchStrategy[str]:
    """Valid unified social credit codes, including letter authority codes (N, Y).

    Examples:
        >>> from hypothesis import given, settings
        >>> @settings(max_examples=5, deadline=None)
        ... @given(usccs())
        ... def check(value):
        ...     assert len(value) == 18 and uscc.validate(value) == value
        >>> check()
    """
    body = _concat(
        st.sampled_from("123456789ANY"),
        st.sampled_from("123456789"),
        _digits(6),
        )
    return body.map(_with_uscc_check)


def x_usccs__mutmut_10() -> st.SearchStrategy[str]:
    """Valid unified social credit codes, including letter authority codes (N, Y).

    Examples:
        >>> from hypothesis import given, settings
        >>> @settings(max_examples=5, deadline=None)
        ... @given(usccs())
        ... def check(value):
        ...     assert len(value) == 18 and uscc.validate(value) == value
        >>> check()
    """
    body = _concat(
        st.sampled_from(None),
        st.sampled_from("123456789"),
        _digits(6),
        st.text(alphabet=_USCC_ALPHABET, min_size=9, max_size=9),
    )
    return body.map(_with_uscc_check)


def x_usccs__mutmut_11() -> st.SearchStrategy[str]:
    """Valid unified social credit codes, including letter authority codes (N, Y).

    Examples:
        >>> from hypothesis import given, settings
        >>> @settings(max_examples=5, deadline=None)
        ... @given(usccs())
        ... def check(value):
        ...     assert len(value) == 18 and uscc.validate(value) == value
        >>> check()
    """
    body = _concat(
        st.sampled_from("XX123456789ANYXX"),
        st.sampled_from("123456789"),
        _digits(6),
        st.text(alphabet=_USCC_ALPHABET, min_size=9, max_size=9),
    )
    return body.map(_with_uscc_check)


def x_usccs__mutmut_12() -> st.SearchStrategy[str]:
    """Valid unified social credit codes, including letter authority codes (N, Y).

    Examples:
        >>> from hypothesis import given, settings
        >>> @settings(max_examples=5, deadline=None)
        ... @given(usccs())
        ... def check(value):
        ...     assert len(value) == 18 and uscc.validate(value) == value
        >>> check()
    """
    body = _concat(
        st.sampled_from("123456789any"),
        st.sampled_from("123456789"),
        _digits(6),
        st.text(alphabet=_USCC_ALPHABET, min_size=9, max_size=9),
    )
    return body.map(_with_uscc_check)


def x_usccs__mutmut_13() -> st.SearchStrategy[str]:
    """Valid unified social credit codes, including letter authority codes (N, Y).

    Examples:
        >>> from hypothesis import given, settings
        >>> @settings(max_examples=5, deadline=None)
        ... @given(usccs())
        ... def check(value):
        ...     assert len(value) == 18 and uscc.validate(value) == value
        >>> check()
    """
    body = _concat(
        st.sampled_from("123456789ANY"),
        st.sampled_from(None),
        _digits(6),
        st.text(alphabet=_USCC_ALPHABET, min_size=9, max_size=9),
    )
    return body.map(_with_uscc_check)


def x_usccs__mutmut_14() -> st.SearchStrategy[str]:
    """Valid unified social credit codes, including letter authority codes (N, Y).

    Examples:
        >>> from hypothesis import given, settings
        >>> @settings(max_examples=5, deadline=None)
        ... @given(usccs())
        ... def check(value):
        ...     assert len(value) == 18 and uscc.validate(value) == value
        >>> check()
    """
    body = _concat(
        st.sampled_from("123456789ANY"),
        st.sampled_from("XX123456789XX"),
        _digits(6),
        st.text(alphabet=_USCC_ALPHABET, min_size=9, max_size=9),
    )
    return body.map(_with_uscc_check)


def x_usccs__mutmut_15() -> st.SearchStrategy[str]:
    """Valid unified social credit codes, including letter authority codes (N, Y).

    Examples:
        >>> from hypothesis import given, settings
        >>> @settings(max_examples=5, deadline=None)
        ... @given(usccs())
        ... def check(value):
        ...     assert len(value) == 18 and uscc.validate(value) == value
        >>> check()
    """
    body = _concat(
        st.sampled_from("123456789ANY"),
        st.sampled_from("123456789"),
        _digits(None),
        st.text(alphabet=_USCC_ALPHABET, min_size=9, max_size=9),
    )
    return body.map(_with_uscc_check)


def x_usccs__mutmut_16() -> st.SearchStrategy[str]:
    """Valid unified social credit codes, including letter authority codes (N, Y).

    Examples:
        >>> from hypothesis import given, settings
        >>> @settings(max_examples=5, deadline=None)
        ... @given(usccs())
        ... def check(value):
        ...     assert len(value) == 18 and uscc.validate(value) == value
        >>> check()
    """
    body = _concat(
        st.sampled_from("123456789ANY"),
        st.sampled_from("123456789"),
        _digits(7),
        st.text(alphabet=_USCC_ALPHABET, min_size=9, max_size=9),
    )
    return body.map(_with_uscc_check)


def x_usccs__mutmut_17() -> st.SearchStrategy[str]:
    """Valid unified social credit codes, including letter authority codes (N, Y).

    Examples:
        >>> from hypothesis import given, settings
        >>> @settings(max_examples=5, deadline=None)
        ... @given(usccs())
        ... def check(value):
        ...     assert len(value) == 18 and uscc.validate(value) == value
        >>> check()
    """
    body = _concat(
        st.sampled_from("123456789ANY"),
        st.sampled_from("123456789"),
        _digits(6),
        st.text(alphabet=None, min_size=9, max_size=9),
    )
    return body.map(_with_uscc_check)


def x_usccs__mutmut_18() -> st.SearchStrategy[str]:
    """Valid unified social credit codes, including letter authority codes (N, Y).

    Examples:
        >>> from hypothesis import given, settings
        >>> @settings(max_examples=5, deadline=None)
        ... @given(usccs())
        ... def check(value):
        ...     assert len(value) == 18 and uscc.validate(value) == value
        >>> check()
    """
    body = _concat(
        st.sampled_from("123456789ANY"),
        st.sampled_from("123456789"),
        _digits(6),
        st.text(alphabet=_USCC_ALPHABET, min_size=None, max_size=9),
    )
    return body.map(_with_uscc_check)


def x_usccs__mutmut_19() -> st.SearchStrategy[str]:
    """Valid unified social credit codes, including letter authority codes (N, Y).

    Examples:
        >>> from hypothesis import given, settings
        >>> @settings(max_examples=5, deadline=None)
        ... @given(usccs())
        ... def check(value):
        ...     assert len(value) == 18 and uscc.validate(value) == value
        >>> check()
    """
    body = _concat(
        st.sampled_from("123456789ANY"),
        st.sampled_from("123456789"),
        _digits(6),
        st.text(alphabet=_USCC_ALPHABET, min_size=9, max_size=None),
    )
    return body.map(_with_uscc_check)


def x_usccs__mutmut_20() -> st.SearchStrategy[str]:
    """Valid unified social credit codes, including letter authority codes (N, Y).

    Examples:
        >>> from hypothesis import given, settings
        >>> @settings(max_examples=5, deadline=None)
        ... @given(usccs())
        ... def check(value):
        ...     assert len(value) == 18 and uscc.validate(value) == value
        >>> check()
    """
    body = _concat(
        st.sampled_from("123456789ANY"),
        st.sampled_from("123456789"),
        _digits(6),
        st.text(min_size=9, max_size=9),
    )
    return body.map(_with_uscc_check)


def x_usccs__mutmut_21() -> st.SearchStrategy[str]:
    """Valid unified social credit codes, including letter authority codes (N, Y).

    Examples:
        >>> from hypothesis import given, settings
        >>> @settings(max_examples=5, deadline=None)
        ... @given(usccs())
        ... def check(value):
        ...     assert len(value) == 18 and uscc.validate(value) == value
        >>> check()
    """
    body = _concat(
        st.sampled_from("123456789ANY"),
        st.sampled_from("123456789"),
        _digits(6),
        st.text(alphabet=_USCC_ALPHABET, max_size=9),
    )
    return body.map(_with_uscc_check)


def x_usccs__mutmut_22() -> st.SearchStrategy[str]:
    """Valid unified social credit codes, including letter authority codes (N, Y).

    Examples:
        >>> from hypothesis import given, settings
        >>> @settings(max_examples=5, deadline=None)
        ... @given(usccs())
        ... def check(value):
        ...     assert len(value) == 18 and uscc.validate(value) == value
        >>> check()
    """
    body = _concat(
        st.sampled_from("123456789ANY"),
        st.sampled_from("123456789"),
        _digits(6),
        st.text(alphabet=_USCC_ALPHABET, min_size=9, ),
    )
    return body.map(_with_uscc_check)


def x_usccs__mutmut_23() -> st.SearchStrategy[str]:
    """Valid unified social credit codes, including letter authority codes (N, Y).

    Examples:
        >>> from hypothesis import given, settings
        >>> @settings(max_examples=5, deadline=None)
        ... @given(usccs())
        ... def check(value):
        ...     assert len(value) == 18 and uscc.validate(value) == value
        >>> check()
    """
    body = _concat(
        st.sampled_from("123456789ANY"),
        st.sampled_from("123456789"),
        _digits(6),
        st.text(alphabet=_USCC_ALPHABET, min_size=10, max_size=9),
    )
    return body.map(_with_uscc_check)


def x_usccs__mutmut_24() -> st.SearchStrategy[str]:
    """Valid unified social credit codes, including letter authority codes (N, Y).

    Examples:
        >>> from hypothesis import given, settings
        >>> @settings(max_examples=5, deadline=None)
        ... @given(usccs())
        ... def check(value):
        ...     assert len(value) == 18 and uscc.validate(value) == value
        >>> check()
    """
    body = _concat(
        st.sampled_from("123456789ANY"),
        st.sampled_from("123456789"),
        _digits(6),
        st.text(alphabet=_USCC_ALPHABET, min_size=9, max_size=10),
    )
    return body.map(_with_uscc_check)


def x_usccs__mutmut_25() -> st.SearchStrategy[str]:
    """Valid unified social credit codes, including letter authority codes (N, Y).

    Examples:
        >>> from hypothesis import given, settings
        >>> @settings(max_examples=5, deadline=None)
        ... @given(usccs())
        ... def check(value):
        ...     assert len(value) == 18 and uscc.validate(value) == value
        >>> check()
    """
    body = _concat(
        st.sampled_from("123456789ANY"),
        st.sampled_from("123456789"),
        _digits(6),
        st.text(alphabet=_USCC_ALPHABET, min_size=9, max_size=9),
    )
    return body.map(None)

mutants_x_usccs__mutmut['_mutmut_orig'] = x_usccs__mutmut_orig # type: ignore # mutmut generated
mutants_x_usccs__mutmut['x_usccs__mutmut_1'] = x_usccs__mutmut_1 # type: ignore # mutmut generated
mutants_x_usccs__mutmut['x_usccs__mutmut_2'] = x_usccs__mutmut_2 # type: ignore # mutmut generated
mutants_x_usccs__mutmut['x_usccs__mutmut_3'] = x_usccs__mutmut_3 # type: ignore # mutmut generated
mutants_x_usccs__mutmut['x_usccs__mutmut_4'] = x_usccs__mutmut_4 # type: ignore # mutmut generated
mutants_x_usccs__mutmut['x_usccs__mutmut_5'] = x_usccs__mutmut_5 # type: ignore # mutmut generated
mutants_x_usccs__mutmut['x_usccs__mutmut_6'] = x_usccs__mutmut_6 # type: ignore # mutmut generated
mutants_x_usccs__mutmut['x_usccs__mutmut_7'] = x_usccs__mutmut_7 # type: ignore # mutmut generated
mutants_x_usccs__mutmut['x_usccs__mutmut_8'] = x_usccs__mutmut_8 # type: ignore # mutmut generated
mutants_x_usccs__mutmut['x_usccs__mutmut_9'] = x_usccs__mutmut_9 # type: ignore # mutmut generated
mutants_x_usccs__mutmut['x_usccs__mutmut_10'] = x_usccs__mutmut_10 # type: ignore # mutmut generated
mutants_x_usccs__mutmut['x_usccs__mutmut_11'] = x_usccs__mutmut_11 # type: ignore # mutmut generated
mutants_x_usccs__mutmut['x_usccs__mutmut_12'] = x_usccs__mutmut_12 # type: ignore # mutmut generated
mutants_x_usccs__mutmut['x_usccs__mutmut_13'] = x_usccs__mutmut_13 # type: ignore # mutmut generated
mutants_x_usccs__mutmut['x_usccs__mutmut_14'] = x_usccs__mutmut_14 # type: ignore # mutmut generated
mutants_x_usccs__mutmut['x_usccs__mutmut_15'] = x_usccs__mutmut_15 # type: ignore # mutmut generated
mutants_x_usccs__mutmut['x_usccs__mutmut_16'] = x_usccs__mutmut_16 # type: ignore # mutmut generated
mutants_x_usccs__mutmut['x_usccs__mutmut_17'] = x_usccs__mutmut_17 # type: ignore # mutmut generated
mutants_x_usccs__mutmut['x_usccs__mutmut_18'] = x_usccs__mutmut_18 # type: ignore # mutmut generated
mutants_x_usccs__mutmut['x_usccs__mutmut_19'] = x_usccs__mutmut_19 # type: ignore # mutmut generated
mutants_x_usccs__mutmut['x_usccs__mutmut_20'] = x_usccs__mutmut_20 # type: ignore # mutmut generated
mutants_x_usccs__mutmut['x_usccs__mutmut_21'] = x_usccs__mutmut_21 # type: ignore # mutmut generated
mutants_x_usccs__mutmut['x_usccs__mutmut_22'] = x_usccs__mutmut_22 # type: ignore # mutmut generated
mutants_x_usccs__mutmut['x_usccs__mutmut_23'] = x_usccs__mutmut_23 # type: ignore # mutmut generated
mutants_x_usccs__mutmut['x_usccs__mutmut_24'] = x_usccs__mutmut_24 # type: ignore # mutmut generated
mutants_x_usccs__mutmut['x_usccs__mutmut_25'] = x_usccs__mutmut_25 # type: ignore # mutmut generated
mutants_x_mobile_phones__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_mobile_phones__mutmut)
def mobile_phones() -> st.SearchStrategy[str]:
    """Valid mainland mobile numbers in E.164 form (``'+86138...'``).

    Examples:
        >>> from hypothesis import given, settings
        >>> from autocrm.domain.identifiers import phone
        >>> @settings(max_examples=5, deadline=None)
        ... @given(mobile_phones())
        ... def check(value):
        ...     assert phone.validate(value) == value and phone.is_mobile(value)
        >>> check()
    """
    return _concat(st.just("+86"), st.sampled_from(_MOBILE_PREFIXES), _digits(8))


def x_mobile_phones__mutmut_orig() -> st.SearchStrategy[str]:
    """Valid mainland mobile numbers in E.164 form (``'+86138...'``).

    Examples:
        >>> from hypothesis import given, settings
        >>> from autocrm.domain.identifiers import phone
        >>> @settings(max_examples=5, deadline=None)
        ... @given(mobile_phones())
        ... def check(value):
        ...     assert phone.validate(value) == value and phone.is_mobile(value)
        >>> check()
    """
    return _concat(st.just("+86"), st.sampled_from(_MOBILE_PREFIXES), _digits(8))


def x_mobile_phones__mutmut_1() -> st.SearchStrategy[str]:
    """Valid mainland mobile numbers in E.164 form (``'+86138...'``).

    Examples:
        >>> from hypothesis import given, settings
        >>> from autocrm.domain.identifiers import phone
        >>> @settings(max_examples=5, deadline=None)
        ... @given(mobile_phones())
        ... def check(value):
        ...     assert phone.validate(value) == value and phone.is_mobile(value)
        >>> check()
    """
    return _concat(None, st.sampled_from(_MOBILE_PREFIXES), _digits(8))


def x_mobile_phones__mutmut_2() -> st.SearchStrategy[str]:
    """Valid mainland mobile numbers in E.164 form (``'+86138...'``).

    Examples:
        >>> from hypothesis import given, settings
        >>> from autocrm.domain.identifiers import phone
        >>> @settings(max_examples=5, deadline=None)
        ... @given(mobile_phones())
        ... def check(value):
        ...     assert phone.validate(value) == value and phone.is_mobile(value)
        >>> check()
    """
    return _concat(st.just("+86"), None, _digits(8))


def x_mobile_phones__mutmut_3() -> st.SearchStrategy[str]:
    """Valid mainland mobile numbers in E.164 form (``'+86138...'``).

    Examples:
        >>> from hypothesis import given, settings
        >>> from autocrm.domain.identifiers import phone
        >>> @settings(max_examples=5, deadline=None)
        ... @given(mobile_phones())
        ... def check(value):
        ...     assert phone.validate(value) == value and phone.is_mobile(value)
        >>> check()
    """
    return _concat(st.just("+86"), st.sampled_from(_MOBILE_PREFIXES), None)


def x_mobile_phones__mutmut_4() -> st.SearchStrategy[str]:
    """Valid mainland mobile numbers in E.164 form (``'+86138...'``).

    Examples:
        >>> from hypothesis import given, settings
        >>> from autocrm.domain.identifiers import phone
        >>> @settings(max_examples=5, deadline=None)
        ... @given(mobile_phones())
        ... def check(value):
        ...     assert phone.validate(value) == value and phone.is_mobile(value)
        >>> check()
    """
    return _concat(st.sampled_from(_MOBILE_PREFIXES), _digits(8))


def x_mobile_phones__mutmut_5() -> st.SearchStrategy[str]:
    """Valid mainland mobile numbers in E.164 form (``'+86138...'``).

    Examples:
        >>> from hypothesis import given, settings
        >>> from autocrm.domain.identifiers import phone
        >>> @settings(max_examples=5, deadline=None)
        ... @given(mobile_phones())
        ... def check(value):
        ...     assert phone.validate(value) == value and phone.is_mobile(value)
        >>> check()
    """
    return _concat(st.just("+86"), _digits(8))


def x_mobile_phones__mutmut_6() -> st.SearchStrategy[str]:
    """Valid mainland mobile numbers in E.164 form (``'+86138...'``).

    Examples:
        >>> from hypothesis import given, settings
        >>> from autocrm.domain.identifiers import phone
        >>> @settings(max_examples=5, deadline=None)
        ... @given(mobile_phones())
        ... def check(value):
        ...     assert phone.validate(value) == value and phone.is_mobile(value)
        >>> check()
    """
    return _concat(st.just("+86"), st.sampled_from(_MOBILE_PREFIXES), )


def x_mobile_phones__mutmut_7() -> st.SearchStrategy[str]:
    """Valid mainland mobile numbers in E.164 form (``'+86138...'``).

    Examples:
        >>> from hypothesis import given, settings
        >>> from autocrm.domain.identifiers import phone
        >>> @settings(max_examples=5, deadline=None)
        ... @given(mobile_phones())
        ... def check(value):
        ...     assert phone.validate(value) == value and phone.is_mobile(value)
        >>> check()
    """
    return _concat(st.just(None), st.sampled_from(_MOBILE_PREFIXES), _digits(8))


def x_mobile_phones__mutmut_8() -> st.SearchStrategy[str]:
    """Valid mainland mobile numbers in E.164 form (``'+86138...'``).

    Examples:
        >>> from hypothesis import given, settings
        >>> from autocrm.domain.identifiers import phone
        >>> @settings(max_examples=5, deadline=None)
        ... @given(mobile_phones())
        ... def check(value):
        ...     assert phone.validate(value) == value and phone.is_mobile(value)
        >>> check()
    """
    return _concat(st.just("XX+86XX"), st.sampled_from(_MOBILE_PREFIXES), _digits(8))


def x_mobile_phones__mutmut_9() -> st.SearchStrategy[str]:
    """Valid mainland mobile numbers in E.164 form (``'+86138...'``).

    Examples:
        >>> from hypothesis import given, settings
        >>> from autocrm.domain.identifiers import phone
        >>> @settings(max_examples=5, deadline=None)
        ... @given(mobile_phones())
        ... def check(value):
        ...     assert phone.validate(value) == value and phone.is_mobile(value)
        >>> check()
    """
    return _concat(st.just("+86"), st.sampled_from(None), _digits(8))


def x_mobile_phones__mutmut_10() -> st.SearchStrategy[str]:
    """Valid mainland mobile numbers in E.164 form (``'+86138...'``).

    Examples:
        >>> from hypothesis import given, settings
        >>> from autocrm.domain.identifiers import phone
        >>> @settings(max_examples=5, deadline=None)
        ... @given(mobile_phones())
        ... def check(value):
        ...     assert phone.validate(value) == value and phone.is_mobile(value)
        >>> check()
    """
    return _concat(st.just("+86"), st.sampled_from(_MOBILE_PREFIXES), _digits(None))


def x_mobile_phones__mutmut_11() -> st.SearchStrategy[str]:
    """Valid mainland mobile numbers in E.164 form (``'+86138...'``).

    Examples:
        >>> from hypothesis import given, settings
        >>> from autocrm.domain.identifiers import phone
        >>> @settings(max_examples=5, deadline=None)
        ... @given(mobile_phones())
        ... def check(value):
        ...     assert phone.validate(value) == value and phone.is_mobile(value)
        >>> check()
    """
    return _concat(st.just("+86"), st.sampled_from(_MOBILE_PREFIXES), _digits(9))

mutants_x_mobile_phones__mutmut['_mutmut_orig'] = x_mobile_phones__mutmut_orig # type: ignore # mutmut generated
mutants_x_mobile_phones__mutmut['x_mobile_phones__mutmut_1'] = x_mobile_phones__mutmut_1 # type: ignore # mutmut generated
mutants_x_mobile_phones__mutmut['x_mobile_phones__mutmut_2'] = x_mobile_phones__mutmut_2 # type: ignore # mutmut generated
mutants_x_mobile_phones__mutmut['x_mobile_phones__mutmut_3'] = x_mobile_phones__mutmut_3 # type: ignore # mutmut generated
mutants_x_mobile_phones__mutmut['x_mobile_phones__mutmut_4'] = x_mobile_phones__mutmut_4 # type: ignore # mutmut generated
mutants_x_mobile_phones__mutmut['x_mobile_phones__mutmut_5'] = x_mobile_phones__mutmut_5 # type: ignore # mutmut generated
mutants_x_mobile_phones__mutmut['x_mobile_phones__mutmut_6'] = x_mobile_phones__mutmut_6 # type: ignore # mutmut generated
mutants_x_mobile_phones__mutmut['x_mobile_phones__mutmut_7'] = x_mobile_phones__mutmut_7 # type: ignore # mutmut generated
mutants_x_mobile_phones__mutmut['x_mobile_phones__mutmut_8'] = x_mobile_phones__mutmut_8 # type: ignore # mutmut generated
mutants_x_mobile_phones__mutmut['x_mobile_phones__mutmut_9'] = x_mobile_phones__mutmut_9 # type: ignore # mutmut generated
mutants_x_mobile_phones__mutmut['x_mobile_phones__mutmut_10'] = x_mobile_phones__mutmut_10 # type: ignore # mutmut generated
mutants_x_mobile_phones__mutmut['x_mobile_phones__mutmut_11'] = x_mobile_phones__mutmut_11 # type: ignore # mutmut generated
