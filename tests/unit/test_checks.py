"""Argument checks: a wrong argument is refused by name with an autocrm error."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from autocrm.domain.checks import (
    check_collection,
    checked,
    expect,
    expect_callable,
    expect_items,
    with_article,
)
from autocrm.errors import InvalidFormat, UnsupportedType, ValidationError
from autocrm.ports import customer_number, next_customer_sequence
from autocrm.query import F, within_next
from autocrm.query.windows import window_bounds
from autocrm.rules.archive import ArchivePolicy
from autocrm.rules.audit_trail import deletion_entry


def test_a_bool_is_no_count() -> None:
    with pytest.raises(UnsupportedType, match="attempts: expected an int, got bool True") as caught:
        expect(True, int, field="attempts")
    assert caught.value.field == "attempts"
    assert expect(True, bool, field="flag") is True


@pytest.mark.parametrize(
    ("name", "worded"),
    [("int", "an int"), ("Appointment", "an Appointment"), ("OdometerReading",
     "an OdometerReading"), ("Engine", "an Engine"), ("Decimal",
     "a Decimal"), ("str", "a str"), ("SqlArchive", "a SqlArchive"), ("", "a ")],
)  # fmt: skip
def test_the_article_follows_the_first_letter_of_the_name(name: str, worded: str) -> None:
    assert with_article(name) == worded


def test_a_refusal_names_an_int_and_an_appointment_with_an() -> None:
    from autocrm.domain import Appointment

    with pytest.raises(UnsupportedType, match="count: expected an int or float, got str"):
        expect("3", (int, float), field="count")
    with pytest.raises(InvalidFormat, match="appointment: expected an Appointment, got NoneType"):
        checked(None, Appointment, "appointment")
    with pytest.raises(UnsupportedType, match="name: expected a str, got int 3"):
        with_article(3)  # type: ignore[arg-type]


def test_the_item_refused_is_named_by_its_index() -> None:
    with pytest.raises(UnsupportedType, match=r"tags\[1\]: expected a str, got int 2") as caught:
        expect_items(["vip", 2], str, field="tags")
    assert caught.value.field == "tags[1]"


@pytest.mark.parametrize("values", ["C000001", b"C1", None, 7])
def test_a_string_or_a_scalar_is_no_collection(values: object) -> None:
    with pytest.raises(InvalidFormat, match="customers: expected a collection"):
        check_collection(values, "customers")


def test_a_generator_is_a_collection_and_is_not_consumed() -> None:
    numbers = (n for n in range(3))
    assert check_collection(numbers, "numbers") is numbers
    assert list(numbers) == [0, 1, 2]


def test_the_checks_refuse_their_own_bad_arguments() -> None:
    with pytest.raises(UnsupportedType, match="kind:"):
        expect(1, "int", field="size")  # type: ignore[arg-type]
    with pytest.raises(UnsupportedType, match="field:"):
        expect_items([1], int, field=3)  # type: ignore[arg-type]
    with pytest.raises(UnsupportedType, match="work: expected a function"):
        expect_callable(None, field="work")


@given(st.one_of(st.none(), st.integers(), st.text(), st.floats(), st.lists(st.integers())))
def test_expect_answers_or_refuses_with_an_autocrm_error(value: object) -> None:
    if isinstance(value, str):
        assert expect(value, str, field="name") == value
        return
    with pytest.raises(UnsupportedType) as caught:
        expect(value, str, field="name")
    assert caught.value.field == "name"


def test_a_negative_sequence_has_no_customer_number() -> None:
    with pytest.raises(ValidationError, match="sequence: expected a whole number of at least 0"):
        customer_number(-1, ArchivePolicy())
    assert customer_number(7, ArchivePolicy()) == "C000007"


def test_a_deletion_keeps_a_version_a_database_can_hold() -> None:
    from datetime import datetime

    from autocrm.domain import CHINA_TZ

    at = datetime(2026, 1, 5, 9, tzinfo=CHINA_TZ)
    with pytest.raises(ValidationError, match="version: expected a whole number from 0"):
        deletion_entry("vehicle", "LFV2A21K3D3109826", 2**63, actor="x", at=at)


def test_the_customers_of_a_sequence_must_be_customers() -> None:
    with pytest.raises(UnsupportedType, match=r"customers\[0\]: expected a Customer"):
        next_customer_sequence(["C000003"], [], ArchivePolicy())


def test_a_window_past_the_last_date_is_refused_naming_as_of() -> None:
    window = within_next(F.vehicle.insurance_renewal_on, days=30)
    with pytest.raises(ValidationError, match="runs past the dates") as caught:
        window_bounds(window, as_of=date.max)
    assert caught.value.field == "as_of"
    assert window_bounds(window, as_of=date(2026, 3, 1)) == (date(2026, 3, 1), date(2026, 3, 31))


def test_a_window_is_asked_for_its_bounds_only() -> None:
    with pytest.raises(UnsupportedType, match="window: expected a RelativeWindow"):
        window_bounds(F.vehicle.insurer == "PICC", as_of=date(2026, 3, 1))  # type: ignore[arg-type]


def test_the_sql_adapter_refuses_its_arguments_by_name() -> None:
    pytest.importorskip("sqlalchemy")
    import sqlalchemy as sa

    from autocrm.adapters.sqlalchemy import SqlArchive, upgrade
    from autocrm.adapters.sqlalchemy.dialects import is_in_memory

    with pytest.raises(ValidationError, match="revision: expected head, base") as caught:
        upgrade(sa.create_engine("sqlite://"), "0099")
    assert caught.value.field == "revision"
    with pytest.raises(UnsupportedType, match="engine: expected an Engine or Connection"):
        upgrade("sqlite://")  # type: ignore[arg-type]
    with pytest.raises(ValidationError, match="url: the NUL character") as url_error:
        SqlArchive.from_url("sqlite:///shop\x00.db")
    assert url_error.value.field == "url"
    with pytest.raises(UnsupportedType, match="create: expected a bool"):
        SqlArchive.from_url("sqlite://", create="yes")  # type: ignore[arg-type]
    with pytest.raises(ValidationError, match="lock_timeout: expected a positive number"):
        SqlArchive.from_url("sqlite://", lock_timeout=float("inf"))
    assert is_in_memory("not a url at all") is False
    assert is_in_memory(12) is False  # type: ignore[arg-type]
