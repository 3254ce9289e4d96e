"""Hypothesis strategies for the identifiers of `autocrm.domain.identifiers`.

Every strategy produces only valid values, in the normalised form that the
module's ``validate`` returns. Re-exported by
[`autocrm.testing.strategies`][autocrm.testing.strategies].

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


def _digits(count: int) -> st.SearchStrategy[str]:
    return st.text(alphabet=_DIGITS, min_size=count, max_size=count)


def _with_vin_check(body: str) -> str:
    candidate = f"{body[:8]}0{body[8:]}"
    return f"{body[:8]}{vin.check_digit(candidate)}{body[8:]}"


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


def _concat(*parts: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    return st.tuples(*parts).map("".join)


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


def _with_ric_check(body: str) -> str:
    return body + ric.check_digit(body + "0")


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


def _with_uscc_check(body: str) -> str:
    return body + uscc.check_digit(body + "0")


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
