"""retry_unit_of_work on the in-memory archive: what is retried, what is not, how often."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import attrs
import pytest

from autocrm.adapters.memory import MemoryArchive
from autocrm.domain import CHINA_TZ, Customer, Vehicle
from autocrm.errors import ConcurrentUpdate, NotFound, StoreTimeout, ValidationError
from autocrm.retry import DEFAULT_ATTEMPTS, retry_unit_of_work

AT = datetime(2026, 1, 5, 9, 0, tzinfo=CHINA_TZ)
ACTOR = "客服-李娜"
VIN = "LFV2A21K3D3109826"


@pytest.fixture
def archive_with_a_stale_copy() -> tuple[MemoryArchive, Customer]:
    archive = MemoryArchive()
    read_earlier = archive.add(Customer(name="王建国"), actor=ACTOR, at=AT)
    archive.update(attrs.evolve(read_earlier, mobile="13800138000"), actor="客服-王强", at=AT)
    return archive, read_earlier


def test_a_conflict_runs_the_work_again_and_only_the_last_attempt_is_stored(
    archive_with_a_stale_copy: tuple[MemoryArchive, Customer],
) -> None:
    archive, read_earlier = archive_with_a_stale_copy
    versions: list[int] = []

    def register_car_and_rename(uow: Any) -> Customer:
        uow.add(Vehicle(VIN, read_earlier.number), actor=ACTOR, at=AT)
        customer = read_earlier if not versions else uow.get(Customer, read_earlier.number)
        versions.append(customer.version)
        renamed: Customer = uow.update(attrs.evolve(customer, name="王健国"), actor=ACTOR, at=AT)
        return renamed

    assert retry_unit_of_work(archive, register_car_and_rename).name == "王健国"
    assert versions == [1, 2]
    assert archive.count(Vehicle) == 1


def test_the_last_conflict_propagates_after_all_attempts(
    archive_with_a_stale_copy: tuple[MemoryArchive, Customer],
) -> None:
    archive, read_earlier = archive_with_a_stale_copy
    calls: list[int] = []

    def always_stale(uow: Any) -> None:
        calls.append(1)
        uow.update(attrs.evolve(read_earlier, name="王健国"), actor=ACTOR, at=AT)

    with pytest.raises(ConcurrentUpdate):
        retry_unit_of_work(archive, always_stale)
    assert len(calls) == DEFAULT_ATTEMPTS
    assert archive.get(Customer, read_earlier.number).name == "王建国"


def test_other_errors_are_not_retried() -> None:
    calls: list[int] = []

    def missing(uow: Any) -> None:
        calls.append(1)
        uow.get(Customer, "C000404")

    with pytest.raises(NotFound):
        retry_unit_of_work(MemoryArchive(), missing, attempts=5)
    assert calls == [1]


def test_the_errors_to_retry_can_be_chosen() -> None:
    calls: list[int] = []

    def busy_then_done(uow: Any) -> str:
        calls.append(1)
        if len(calls) < 3:
            msg = "database is locked"
            raise StoreTimeout(msg)
        stored: Customer = uow.add(Customer(name="李娜"), actor=ACTOR, at=AT)
        return stored.number

    archive = MemoryArchive()
    assert retry_unit_of_work(archive, busy_then_done, retry_on=(StoreTimeout,)) == "C000001"
    assert (len(calls), archive.count(Customer)) == (3, 1)


@pytest.mark.parametrize("attempts", [0, -1, 1.5, True, "3"])
def test_attempts_must_be_a_positive_whole_number(attempts: object) -> None:
    with pytest.raises(ValidationError) as refused:
        retry_unit_of_work(MemoryArchive(), lambda uow: None, attempts=attempts)  # type: ignore[arg-type]
    assert refused.value.field == "attempts"
