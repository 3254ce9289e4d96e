"""Running a unit of work again when another writer got there first.

Archives use optimistic versions: an ``update`` based on a record another writer
changed meanwhile raises [`autocrm.errors.ConcurrentUpdate`][autocrm.errors.ConcurrentUpdate] and
writes nothing. The remedy is always the same: read the record again and redo the
change. [`retry_unit_of_work`][autocrm.retry.retry_unit_of_work] does that for any archive (in
memory or SQL): it runs a function in a unit of work and, when the unit raises a conflict, runs
the whole function again in a new one, up to a number of attempts.

The function must read what it changes *inside* the unit of work (through the
repository it is given), so that each attempt starts from what is stored now.

Examples:
    >>> from datetime import datetime
    >>> import attrs
    >>> from autocrm.adapters.memory import MemoryArchive
    >>> from autocrm.domain import CHINA_TZ, Customer
    >>> archive, at = MemoryArchive(), datetime(2025, 10, 9, 10, 0, tzinfo=CHINA_TZ)
    >>> number = archive.add(Customer(name="王建国"), actor="客服-李娜", at=at).number
    >>> def add_vip_tag(uow):
    ...     customer = uow.get(Customer, number)
    ...     return uow.update(attrs.evolve(customer, tags=customer.tags | {"vip"}),
    ...                       actor="客服-李娜", at=at)
    >>> sorted(retry_unit_of_work(archive, add_vip_tag).tags)
    ['vip']
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from autocrm.domain.checks import expect_callable
from autocrm.errors import (
    AutocrmError,
    ConcurrentUpdate,
    UnsupportedType,
    ValidationError,
    shown,
)
from autocrm.ports import Repository

__all__ = ["DEFAULT_ATTEMPTS", "retry_unit_of_work"]

T = TypeVar("T")

#: How many times [`retry_unit_of_work`][autocrm.retry.retry_unit_of_work] runs the function at
#: most, by default.
DEFAULT_ATTEMPTS = 3


def retry_unit_of_work(
    archive: Repository,
    work: Callable[[Repository], T],
    *,
    attempts: int = DEFAULT_ATTEMPTS,
    retry_on: tuple[type[AutocrmError], ...] = (ConcurrentUpdate,),
) -> T:
    """Run ``work`` in a unit of work of ``archive``; run it again after a conflict.

    Each attempt is a new unit of work: all of its writes are committed together,
    or none is. When an attempt raises one of ``retry_on`` (by default
    [`ConcurrentUpdate`][autocrm.errors.ConcurrentUpdate], which a SQL archive also raises
    for a deadlock) nothing of it is stored and ``work`` runs again, until it
    succeeds or ``attempts`` are used up; any other exception propagates at once.

    Args:
        archive: A [`Repository`][autocrm.ports.Repository] (``MemoryArchive``,
            ``SqlArchive``).
        work: Called with the unit of work's repository; it must read the records
            it changes through that repository. Its result is returned.
        attempts: How many times to run ``work`` at most (1 means no retry).
        retry_on: The errors that make another attempt worth it, e.g.
            ``(ConcurrentUpdate, StoreTimeout)`` to also retry after a lock timeout.

    Returns:
        What ``work`` returned in the attempt that was committed.

    Raises:
        autocrm.errors.ValidationError: ``attempts`` is not a positive whole number.
        autocrm.errors.UnsupportedType: ``archive`` has no ``unit_of_work()``, or
            ``work`` is not callable. What ``work`` itself raises propagates
            unchanged (after the retries, for ``retry_on``).
        autocrm.errors.ConcurrentUpdate: still conflicting after the last attempt
            (the error of that attempt).

    Examples:
        >>> from datetime import datetime
        >>> import attrs
        >>> from autocrm.adapters.memory import MemoryArchive
        >>> from autocrm.domain import CHINA_TZ, Customer
        >>> archive, at = MemoryArchive(), datetime(2025, 10, 9, 10, 0, tzinfo=CHINA_TZ)
        >>> read_earlier = archive.add(Customer(name="王建国"), actor="客服-李娜", at=at)
        >>> _ = archive.update(attrs.evolve(read_earlier, mobile="13800138000"),
        ...                    actor="客服-王强", at=at)  # another agent, meanwhile
        >>> versions_seen = []
        >>> def rename(uow):
        ...     customer = read_earlier if not versions_seen else uow.get(Customer, "C000001")
        ...     versions_seen.append(customer.version)
        ...     return uow.update(attrs.evolve(customer, name="王健国"),
        ...                       actor="客服-李娜", at=at)
        >>> retry_unit_of_work(archive, rename).version, versions_seen
        (3, [1, 2])
    """
    if isinstance(attempts, bool) or not isinstance(attempts, int) or attempts < 1:
        msg = f"attempts: expected a whole number of at least 1, got {shown(attempts)}"
        raise ValidationError(msg, field="attempts", value=attempts)
    if not callable(getattr(archive, "unit_of_work", None)):
        msg = f"archive: expected an archive (with unit_of_work()), got {shown(archive)}"
        raise UnsupportedType(msg, field="archive", value=archive)
    expect_callable(work, field="work")
    for _ in range(attempts - 1):
        try:
            with archive.unit_of_work() as repository:
                return work(repository)
        except retry_on:
            continue
    with archive.unit_of_work() as repository:  # the last attempt: its error propagates
        return work(repository)
